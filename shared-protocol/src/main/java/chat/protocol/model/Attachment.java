package chat.protocol.model;

/** A file posted with a message; {@code url} is where members download it. */
public record Attachment(String fileId, String name, long size, String mimeType, String url) {}
