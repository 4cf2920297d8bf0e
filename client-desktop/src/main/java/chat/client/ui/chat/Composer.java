package chat.client.ui.chat;

import chat.client.net.Session;
import chat.protocol.model.Message;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;

/**
 * What every composer has, the room's ({@link RoomComposer}) and a thread's ({@link
 * ThreadComposer}): its draft, its limit ({@link ComposerLimit}), its edit mode ({@link
 * MessageEditing}), and what Send does: nothing while the draft may not go, the edit saved in edit
 * mode, else the composer's own new message.
 */
final class Composer {

  private final StringProperty draft = new SimpleStringProperty("");
  private final MessageEditing editing;
  private final ComposerLimit limit;

  /**
   * @param target where the draft goes (the open room, or the open thread's root), null when none
   * @param saved takes an edited message as the server stored it
   * @param failed shows why an edit was refused, or that the message being edited was deleted
   * @param filesReady whether files wait to go: then an empty draft may go as a new message, never
   *     as an edit (an edit changes text only)
   */
  Composer(
      Session client,
      ObservableObjectValue<?> target,
      Consumer<Message> saved,
      Consumer<String> failed,
      BooleanExpression filesReady) {
    this.editing = new MessageEditing(client, draft, saved, failed);
    this.limit =
        new ComposerLimit(
            client, draft, target, filesReady.and(editing.editingProperty().isNull()));
  }

  /**
   * @param newMessage sends the draft as a new message; the draft empties after it
   */
  void send(Runnable newMessage) {
    if (!limit.canSend().get()) {
      return;
    }
    if (editing.active()) {
      editing.save();
      return;
    }
    newMessage.run();
    draft.set("");
  }

  StringProperty draft() {
    return draft;
  }

  MessageEditing editing() {
    return editing;
  }

  ComposerLimit limit() {
    return limit;
  }
}
