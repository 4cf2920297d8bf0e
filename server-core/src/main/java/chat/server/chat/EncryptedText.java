package chat.server.chat;

import chat.protocol.model.EncryptedContent;
import chat.protocol.model.Room;
import chat.server.error.ChatException;

/**
 * The one rule of a message's text and its room (docs/E2EE.md): an encrypted room takes only {@code
 * encrypted} text, every other room only text in clear. The server reads none of the encrypted
 * text, so it can check nothing else of it.
 */
final class EncryptedText {

  private EncryptedText() {}

  /**
   * @param encrypted the message's encrypted text; null for text in clear
   * @throws ChatException {@code INVALID_INPUT}: field {@code content} for text in clear in an
   *     encrypted room, {@code encrypted} for encrypted text in any other room
   */
  static void requireFits(Room room, EncryptedContent encrypted) {
    if (room.endToEndEncrypted() && encrypted == null) {
      throw ChatException.invalidInput("content", "this room is encrypted");
    }
    if (!room.endToEndEncrypted() && encrypted != null) {
      throw ChatException.invalidInput("encrypted", "this room is not encrypted");
    }
  }
}
