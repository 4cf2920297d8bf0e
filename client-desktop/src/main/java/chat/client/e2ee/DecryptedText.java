package chat.client.e2ee;

import java.util.List;

/**
 * What this device reads of one message of an encrypted room: its text, or why it reads none. The
 * chat views show the text, or the reason in its place.
 */
public sealed interface DecryptedText {

  /** The message as its sender wrote it, with whom it mentions. */
  record Readable(String body, List<String> mentions) implements DecryptedText {}

  /** Its ciphertext or header was altered on the way. */
  record Tampered() implements DecryptedText {}

  /** It decrypts, but the device the room key came from did not sign it. */
  record Forged() implements DecryptedText {}

  /** The same ciphertext already came as {@code originalMessageId}. */
  record Replayed(String originalMessageId) implements DecryptedText {}

  /** No room key reaches it yet; it is read again when one arrives. */
  record NoKeyYet() implements DecryptedText {}

  /** Authentic, but its plaintext is not a message this app understands. */
  record Malformed() implements DecryptedText {}
}
