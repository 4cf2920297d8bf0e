package chat.protocol;

/** The body of every HTTP error: {@code {"error":{…}}}. */
public record ErrorResponse(ErrorBody error) {}
