package chat.protocol.http;

import com.fasterxml.jackson.databind.JsonNode;

/** The caller's key backup: its version, format, the client's {@code authData}, and its items. */
public record BackupInfo(String version, String algorithm, JsonNode authData, long count) {}
