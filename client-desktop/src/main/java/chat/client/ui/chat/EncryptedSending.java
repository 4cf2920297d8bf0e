package chat.client.ui.chat;

import chat.client.net.Failures;
import chat.client.ui.e2ee.Encryption;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;

/**
 * What the composers send in an encrypted room: the text, encrypted by {@link Encryption}, never in
 * clear; files and edits are not sent there yet.
 */
final class EncryptedSending {

  /** Why files do not go to an encrypted room. */
  static final String NO_FILES = "Files cannot be sent in encrypted rooms yet.";

  private final Encryption encryption;
  private final EncryptedRooms rooms;

  EncryptedSending(Encryption encryption, EncryptedRooms rooms) {
    this.encryption = encryption;
    this.rooms = rooms;
  }

  /** The encrypted rooms. */
  EncryptedRooms rooms() {
    return rooms;
  }

  /** Whether what goes to {@code roomId} must go encrypted. */
  boolean in(String roomId) {
    return rooms.contains(roomId);
  }

  /**
   * Sends {@code text} encrypted to the room, in the thread of {@code threadId} when not null. When
   * it cannot go, {@code failed} says why and the text comes back into {@code draft} if empty.
   */
  void send(
      String roomId, String threadId, String text, StringProperty draft, Consumer<String> failed) {
    encryption
        .send(roomId, threadId, text, List.of())
        .whenComplete(
            (sent, failure) -> {
              if (failure != null) {
                failed.accept("Your message was not sent: " + Failures.describe(failure));
                if (draft.get().isEmpty()) {
                  draft.set(text);
                }
              }
            });
  }
}
