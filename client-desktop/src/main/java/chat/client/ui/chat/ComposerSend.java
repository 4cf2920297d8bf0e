package chat.client.ui.chat;

/**
 * What Send does in every composer, the room's and a thread's: nothing while the draft may not go
 * ({@link ComposerLimit}), the edit saved in edit mode, else the composer's own new message.
 */
final class ComposerSend {

  private ComposerSend() {}

  /**
   * @param newMessage sends the draft as a new message and empties the composer
   */
  static void send(ComposerLimit limit, MessageEditing editing, Runnable newMessage) {
    if (!limit.canSend().get()) {
      return;
    }
    if (editing.active()) {
      editing.save();
      return;
    }
    newMessage.run();
  }
}
