package chat.client.ui.chat;

import chat.client.net.Session;
import chat.protocol.Features;
import chat.protocol.model.Message;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;

/**
 * The open thread's composer, as {@link RoomComposer} is the room's: its draft, limit and edit mode
 * (a {@link Composer}; the thread's root and replies are edited here), its files (an {@link
 * AttachmentTray} of its own, emptied with the draft when another thread opens), its "Also send to
 * room" box, and sending a reply through the outbox (encrypted in an encrypted room, to the thread
 * only: {@link EncryptedSending}). A reply the server refused for good comes back to it.
 */
public final class ThreadComposer {

  private final Session client;
  private final ObservableObjectValue<Message> root;
  private final Runnable sending;
  private final Supplier<Message> lastOwn;
  private final Consumer<String> notice;
  private final BooleanProperty alsoInRoom = new SimpleBooleanProperty();
  private final AttachmentTray attachments;
  private final Composer composer;
  private final EncryptedSending encrypted;

  /**
   * @param root the open thread's root, the thread the draft answers; null while none is open
   * @param sending runs before a reply goes: the thread's list returns to its newest replies
   * @param lastOwn the reader's newest reply (not deleted) in the open thread, or null
   * @param saved takes an edited message as the server stored it
   * @param notice shows a line under the thread (why an edit or a reply was refused), or empties it
   * @param encrypted sends to encrypted rooms
   */
  ThreadComposer(
      Session client,
      ObservableObjectValue<Message> root,
      Runnable sending,
      Supplier<Message> lastOwn,
      Consumer<Message> saved,
      Consumer<String> notice,
      EncryptedSending encrypted) {
    this.client = client;
    this.encrypted = encrypted;
    this.root = root;
    this.sending = sending;
    this.lastOwn = lastOwn;
    this.notice = notice;
    this.attachments =
        new AttachmentTray(
            client,
            Bindings.createObjectBinding(
                () -> root.get() == null ? null : root.get().roomId(), root),
            encrypted.rooms());
    this.composer = new Composer(client, root, saved, notice, attachments.anyDone());
  }

  /**
   * Sends the draft as a reply through the outbox: it shows as pending at once. In edit mode, saves
   * the edit instead.
   */
  public void send() {
    Message open = root.get();
    if (open != null && encrypted.in(open.roomId()) && !composer.editing().active()) {
      sendEncrypted(open);
      return;
    }
    composer.send(
        () -> {
          Message first = root.get();
          sending.run();
          client
              .outgoing()
              .reply(
                  first.roomId(),
                  first.messageId(),
                  composer.draft().get(),
                  alsoInRoom.get(),
                  attachments.take());
          notice.accept("");
        });
  }

  /** Sends the draft encrypted, to the thread only; files wait, as they cannot go there yet. */
  private void sendEncrypted(Message open) {
    if (!attachments.files().isEmpty()) {
      notice.accept(EncryptedSending.NO_FILES);
      return;
    }
    composer.send(
        () -> {
          sending.run();
          encrypted.send(
              open.roomId(), open.messageId(), composer.draft().get(), composer.draft(), notice);
          notice.accept("");
        });
  }

  /**
   * Edits {@code message}, the open thread's root or a reply held here, in the thread's composer.
   */
  public void edit(Message message) {
    Message first = root.get();
    if (first != null
        && (first.messageId().equals(message.messageId())
            || first.messageId().equals(message.threadId()))) {
      composer.editing().start(message);
    }
  }

  /**
   * Up in the thread's empty composer: the reader's newest reply here (not deleted) goes into the
   * composer to be edited. False when there is none, the server edits nothing, or the room is
   * encrypted.
   */
  public boolean editLast() {
    Message open = root.get();
    Message last =
        client.serverInfo().features().contains(Features.EDITS)
                && open != null
                && !encrypted.in(open.roomId())
            ? lastOwn.get()
            : null;
    if (last != null) {
      edit(last);
    }
    return last != null;
  }

  /**
   * The server refused a reply to the open thread for good: the notice says why and an empty
   * composer gets the text back, to send again.
   */
  void refused(String content, String reason) {
    notice.accept("Your reply was not sent: " + reason);
    if (composer.draft().get().isEmpty()) {
      composer.draft().set(content);
    }
  }

  /** Leaves edit mode and empties the draft and the files: a thread was opened or closed. */
  void clear() {
    composer.editing().cancel();
    composer.draft().set("");
    attachments.discard();
  }

  public StringProperty draftProperty() {
    return composer.draft();
  }

  /** Whether the open thread's room is encrypted: its replies go to the thread only, no files. */
  public BooleanBinding encryptedProperty() {
    return attachments.refusedProperty();
  }

  /** Whether the reply goes to the room too. */
  public BooleanProperty alsoInRoomProperty() {
    return alsoInRoom;
  }

  /** The files to go with the next reply. */
  public AttachmentTray attachments() {
    return attachments;
  }

  public MessageEditing editing() {
    return composer.editing();
  }

  /** What may be sent, as in the room's composer, and the counter near the limit. */
  public ComposerLimit limit() {
    return composer.limit();
  }
}
