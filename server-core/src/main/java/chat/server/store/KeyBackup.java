package chat.server.store;

/**
 * A user's key backup as stored: its version, format, the client's {@code authData} (JSON) and how
 * many items it holds.
 */
public record KeyBackup(String version, String algorithm, String authData, long count) {}
