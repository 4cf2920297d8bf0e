package chat.server.auth;

/** Who made a request: the user, the name others see, and the login session it came from. */
public record AuthenticatedUser(String userId, String username, String sessionId) {}
