package chat.protocol.http;

/** The answer of {@code PUT /api/keys/backup}: the new backup's version. */
public record BackupVersion(String version) {}
