package chat.protocol.http;

import chat.protocol.ProtocolJson;
import chat.protocol.Require;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

/**
 * The body of {@code PUT /api/keys/backup}: a new version of the caller's key backup (docs/E2EE.md,
 * "Key backup"). {@code authData} is the client's own JSON object (the check value, a passphrase's
 * salt and parameters), kept as it is and at most {@value #MAX_AUTH_DATA_BYTES} bytes.
 */
public record BackupCreate(String algorithm, JsonNode authData) {

  /** The one backup format there is. */
  public static final String ALGORITHM = "chat.backup.v1";

  /** The most {@code authData} may take, as JSON in UTF-8. */
  public static final int MAX_AUTH_DATA_BYTES = 4096;

  public BackupCreate {
    if (!ALGORITHM.equals(Require.present(algorithm, "algorithm"))) {
      throw Require.invalid("algorithm", "algorithm must be " + ALGORITHM);
    }
    if (authData == null || !authData.isObject()) {
      throw Require.invalid("authData", "authData must be a JSON object");
    }
    if (ProtocolJson.encode(authData).getBytes(StandardCharsets.UTF_8).length
        > MAX_AUTH_DATA_BYTES) {
      throw Require.invalid(
          "authData", "authData must be at most " + MAX_AUTH_DATA_BYTES + " bytes of JSON");
    }
  }
}
