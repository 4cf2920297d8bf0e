package chat.client.e2ee;

import chat.protocol.Base64Url;
import chat.protocol.ProtocolJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * One step of a short-code verification, the payload of a device message: {@code {"type":
 * "verify.start", "tx", "commitment"}}, {@code {"type": "verify.accept", "tx", "key"}}, {@code
 * {"type": "verify.key", "tx", "key"}}, {@code {"type": "verify.mac", "tx", "mac"}} and {@code
 * {"type": "verify.cancel", "tx", "reason"}}, bytes in base64url, each 32 long.
 */
sealed interface VerificationStep extends DevicePayload {

  int BYTES = 32;

  /** The transaction this step belongs to. */
  String tx();

  /** Step 1, to every device of the other user: the starter's commitment to its ephemeral key. */
  record Start(String tx, byte[] commitment) implements VerificationStep {}

  /** Step 2: the accepting device's ephemeral public key. */
  record Accept(String tx, byte[] key) implements VerificationStep {}

  /** Step 3: the starter's ephemeral public key, which must match its commitment. */
  record Key(String tx, byte[] key) implements VerificationStep {}

  /** Step 5: the MAC of the sender's own identity once its person said the codes match. */
  record Mac(String tx, byte[] mac) implements VerificationStep {}

  /** Ends the transaction on both sides, marking nothing. */
  record Cancel(String tx, CancelReason reason) implements VerificationStep {}

  /** This step as a payload. */
  default byte[] encode() {
    ObjectNode json = ProtocolJson.mapper().createObjectNode();
    switch (this) {
      case Start start -> field(json, "verify.start", "commitment", start.commitment());
      case Accept accept -> field(json, "verify.accept", "key", accept.key());
      case Key key -> field(json, "verify.key", "key", key.key());
      case Mac mac -> field(json, "verify.mac", "mac", mac.mac());
      case Cancel cancel -> json.put("type", "verify.cancel").put("reason", cancel.reason().code());
    }
    json.put("tx", tx());
    try {
      return ProtocolJson.mapper().writeValueAsBytes(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a verification step did not write as JSON", e);
    }
  }

  private static void field(ObjectNode json, String type, String name, byte[] value) {
    json.put("type", type).put(name, Base64Url.encode(value));
  }

  /** The step {@code json} is, or empty when it is none or malformed. */
  static Optional<VerificationStep> decode(JsonNode json) {
    String tx = json.path("tx").asText("");
    if (tx.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(
          switch (json.path("type").asText()) {
            case "verify.start" -> new Start(tx, bytes(json, "commitment"));
            case "verify.accept" -> new Accept(tx, bytes(json, "key"));
            case "verify.key" -> new Key(tx, bytes(json, "key"));
            case "verify.mac" -> new Mac(tx, bytes(json, "mac"));
            case "verify.cancel" -> new Cancel(tx, CancelReason.of(json.path("reason").asText()));
            default -> null;
          });
    } catch (RuntimeException e) {
      return Optional.empty(); // not base64url, or not 32 bytes
    }
  }

  private static byte[] bytes(JsonNode json, String name) {
    byte[] value = Base64Url.decode(json.path(name).asText(""), name, name);
    if (value.length != BYTES) {
      throw new IllegalArgumentException(name + " is not " + BYTES + " bytes");
    }
    return value;
  }
}
