package chat.client.e2ee;

import chat.client.crypto.BackupKey;
import chat.client.crypto.Lp;
import chat.client.crypto.RoomKey;
import chat.client.crypto.SigningKeyPair;
import chat.protocol.Base64Url;
import chat.protocol.ProtocolJson;
import chat.protocol.http.BackupItem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The items of the key backup as this app seals them under the backup key (docs/E2EE.md, "Key
 * backup and new devices"): the identity key as the item {@value #IDENTITY}, {@code
 * {"type":"identity","seed","publicKey"}}, and each inbound room session as the item {@code
 * session-} followed by base64url of {@code SHA-256(LP(roomId, senderUserId, senderDeviceId,
 * sessionId))}, its earliest key as a {@code room_key} payload. The item id is bound into the seal,
 * so the server cannot hand one item back as another. The check value goes in the backup's {@code
 * authData} as {@code {"check","identityKey"}}, base64url, with the public identity key the backup
 * holds, so that a device tells a backup of an identity key since replaced from a current one.
 */
final class BackupItems {

  static final String IDENTITY = "identity";
  private static final String SESSION_PREFIX = "session-";
  private static final String IDENTITY_TYPE = "identity";
  private static final String CHECK = "check";
  private static final String IDENTITY_KEY = "identityKey";

  private final BackupKey key;
  private final String userId;

  BackupItems(BackupKey key, String userId) {
    this.key = key;
    this.userId = userId;
  }

  BackupKey key() {
    return key;
  }

  /** What one item opened to. */
  sealed interface Opened {
    record Identity(SigningKeyPair identity) implements Opened {}

    record Session(RoomKey key) implements Opened {}
  }

  /** The backup's {@code authData}: the check value of the backup key, the public identity key. */
  static ObjectNode authData(BackupKey key, SigningKeyPair identity) {
    return ProtocolJson.mapper()
        .createObjectNode()
        .put(CHECK, Base64Url.encode(key.checkValue()))
        .put(IDENTITY_KEY, Base64Url.encode(identity.publicKey()));
  }

  /** Whether {@code authData} is that of a backup of {@code identity}, sealed under {@code key}. */
  static boolean current(BackupKey key, SigningKeyPair identity, JsonNode authData) {
    return opens(key, authData)
        && Base64Url.encode(identity.publicKey()).equals(authData.path(IDENTITY_KEY).asText());
  }

  /** Whether {@code authData} is that of a backup sealed under {@code key}. */
  static boolean opens(BackupKey key, JsonNode authData) {
    JsonNode check = authData == null ? null : authData.get(CHECK);
    if (check == null || !check.isTextual()) {
      return false;
    }
    try {
      return key.opens(Base64Url.decode(check.asText(), CHECK, CHECK));
    } catch (RuntimeException e) {
      return false;
    }
  }

  BackupItem identity(SigningKeyPair identity) {
    ObjectNode payload =
        ProtocolJson.mapper()
            .createObjectNode()
            .put("type", IDENTITY_TYPE)
            .put("seed", Base64Url.encode(identity.seed()))
            .put("publicKey", Base64Url.encode(identity.publicKey()));
    return seal(IDENTITY, ProtocolJson.encodeBytes(payload));
  }

  BackupItem session(RoomKey roomKey) {
    return seal(idOf(roomKey), RoomKeyPayload.encode(roomKey));
  }

  /**
   * What {@code item} holds, or empty when it does not open under this key as this user's item of
   * its id (altered, moved, or sealed by another key) or holds something else.
   */
  Optional<Opened> open(BackupItem item) {
    Optional<byte[]> plaintext;
    try {
      plaintext = key.open(userId, item.itemId(), Base64Url.decode(item.data(), "data", "data"));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    if (plaintext.isEmpty()) {
      return Optional.empty();
    }
    if (item.itemId().equals(IDENTITY)) {
      return identityOf(plaintext.get()).map(Opened.Identity::new);
    }
    return RoomKeyPayload.decode(plaintext.get())
        .filter(k -> idOf(k).equals(item.itemId()))
        .map(Opened.Session::new);
  }

  private BackupItem seal(String itemId, byte[] payload) {
    return new BackupItem(itemId, Base64Url.encode(key.seal(userId, itemId, payload)));
  }

  private static Optional<SigningKeyPair> identityOf(byte[] payload) {
    try {
      JsonNode read = ProtocolJson.mapper().readTree(payload);
      if (!IDENTITY_TYPE.equals(read.path("type").asText())) {
        return Optional.empty();
      }
      return Optional.of(
          new SigningKeyPair(
              WireKeys.bytes(read.path("seed").asText()),
              WireKeys.bytes(read.path("publicKey").asText())));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static String idOf(RoomKey key) {
    byte[] fields =
        Lp.of(
            key.roomId(), key.sender().userId(), key.sender().deviceId(), key.sessionId().bytes());
    try {
      return SESSION_PREFIX + Base64Url.encode(MessageDigest.getInstance("SHA-256").digest(fields));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
