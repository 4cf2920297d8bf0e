package chat.client.ui.chat;

import chat.client.net.Failures;
import chat.client.net.Session;
import chat.protocol.client.MessageEdit;
import chat.protocol.model.Message;
import chat.protocol.result.MessageResult;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;

/**
 * The composer's edit mode: it holds one of the reader's messages, its text in the composer, until
 * saved ({@code message.edit}) or cancelled; either way the draft typed before comes back.
 */
public final class MessageEditing {

  private final Session client;
  private final StringProperty draft;
  private final Consumer<Message> saved;
  private final Consumer<String> failed;
  private final ReadOnlyObjectWrapper<Message> editing = new ReadOnlyObjectWrapper<>();
  private String draftBefore = "";

  /**
   * @param draft the composer's text
   * @param saved takes the message as the server stored it
   * @param failed shows why an edit was refused, or that the message being edited was deleted
   */
  MessageEditing(
      Session client, StringProperty draft, Consumer<Message> saved, Consumer<String> failed) {
    this.client = client;
    this.draft = draft;
    this.saved = saved;
    this.failed = failed;
  }

  /** Why a message of an encrypted room cannot be edited: edits would go in clear. */
  static final String NO_ENCRYPTED_EDITS = "Messages of encrypted rooms cannot be edited yet.";

  /**
   * Puts {@code message}'s text in the composer to be edited, keeping the draft for later; a
   * message of an encrypted room is not, and the notice says why.
   */
  void start(Message message) {
    if (message.encrypted() != null) {
      failed.accept(NO_ENCRYPTED_EDITS);
      return;
    }
    if (editing.get() == null) {
      draftBefore = draft.get();
    }
    editing.set(message);
    draft.set(message.content());
  }

  /**
   * Saves the composer's text as the message's new content (unless unchanged), leaving edit mode.
   */
  void save() {
    Message message = editing.get();
    String content = draft.get();
    cancel();
    if (message == null || content.equals(message.content())) {
      return;
    }
    client
        .request(
            id -> new MessageEdit(id, message.roomId(), message.messageId(), content),
            MessageResult.class)
        .whenComplete(
            (result, failure) -> {
              if (failure == null) {
                saved.accept(result.message());
              } else {
                failed.accept("Could not edit the message: " + Failures.describe(failure));
              }
            });
  }

  /** Leaves edit mode without saving; the draft typed before comes back. */
  public void cancel() {
    if (editing.get() != null) {
      editing.set(null);
      draft.set(draftBefore);
      draftBefore = "";
    }
  }

  /**
   * A message was deleted (here or elsewhere): if it is the one being edited, edit mode ends (the
   * draft typed before comes back) and the notice says why.
   */
  void deleted(String messageId) {
    Message message = editing.get();
    if (message != null && message.messageId().equals(messageId)) {
      cancel();
      failed.accept("The message you were editing was deleted.");
    }
  }

  /** The message being edited, or null outside edit mode. */
  public ReadOnlyObjectProperty<Message> editingProperty() {
    return editing.getReadOnlyProperty();
  }

  boolean active() {
    return editing.get() != null;
  }
}
