package chat.client.ui.chat;

import chat.client.net.OutboxFile;
import chat.client.net.Session;
import chat.protocol.Features;
import chat.protocol.model.Message;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;

/**
 * The open room's composer: its draft, limit and edit mode (a {@link Composer}, which a room switch
 * leaves), its files ({@link AttachmentTray}), and sending through the outbox, encrypted in an
 * encrypted room ({@link EncryptedSending}).
 */
public final class RoomComposer {

  private final Session client;
  private final ObservableObjectValue<String> roomId;
  private final Runnable sending;
  private final Function<String, Message> lastOwn;
  private final AttachmentTray attachments;
  private final Composer composer;
  private final EncryptedSending encrypted;
  private final Consumer<String> failed;

  /**
   * @param roomId the open room, where the draft goes
   * @param sending runs before a message goes: the room's list returns to its newest messages
   * @param lastOwn the reader's newest message (not deleted) in a room, or null
   * @param saved takes an edited message as the server stored it
   * @param failed shows why an edit was refused, or a message could not go
   * @param encrypted sends to encrypted rooms
   */
  RoomComposer(
      Session client,
      ObservableObjectValue<String> roomId,
      Runnable sending,
      Function<String, Message> lastOwn,
      Consumer<Message> saved,
      Consumer<String> failed,
      EncryptedSending encrypted) {
    this.client = client;
    this.encrypted = encrypted;
    this.failed = failed;
    this.roomId = roomId;
    this.sending = sending;
    this.lastOwn = lastOwn;
    this.attachments = new AttachmentTray(client, roomId, encrypted.rooms());
    this.composer = new Composer(client, roomId, saved, failed, attachments.anyDone());
  }

  /**
   * Sends the draft, with the tray's files, through the outbox: it shows as pending at once, online
   * or not. In edit mode, saves the edit instead.
   */
  public void send() {
    String id = roomId.get();
    if (encrypted.in(id) && !composer.editing().active()) {
      sendEncrypted(id);
      return;
    }
    composer.send(
        () -> {
          sending.run();
          List<OutboxFile> files = attachments.take();
          if (files.isEmpty()) {
            client.outgoing().send(roomId.get(), composer.draft().get());
          } else {
            client.outgoing().send(roomId.get(), composer.draft().get(), files);
          }
        });
  }

  /** Sends the draft encrypted; files wait in the tray, as they cannot go there yet. */
  private void sendEncrypted(String id) {
    if (!attachments.files().isEmpty()) {
      failed.accept(EncryptedSending.NO_FILES);
      return;
    }
    composer.send(
        () -> {
          sending.run();
          encrypted.send(id, null, composer.draft().get(), composer.draft(), failed);
        });
  }

  /**
   * Up in an empty composer: the reader's newest message in the open room (not deleted) goes into
   * the composer to be edited. False when there is none, the server edits nothing, or the room is
   * encrypted (its messages cannot be edited yet).
   */
  public boolean editLast() {
    String id = roomId.get();
    Message last =
        id == null || !client.serverInfo().features().contains(Features.EDITS) || encrypted.in(id)
            ? null
            : lastOwn.apply(id);
    if (last != null) {
      edit(last);
    }
    return last != null;
  }

  /** Puts {@code message}, one of the open room's, in the composer to be edited. */
  void edit(Message message) {
    if (message.roomId().equals(roomId.get())) {
      composer.editing().start(message);
    }
  }

  public StringProperty draftProperty() {
    return composer.draft();
  }

  public MessageEditing editing() {
    return composer.editing();
  }

  /** The files to go with the next message. */
  public AttachmentTray attachments() {
    return attachments;
  }

  /** What may be sent, and the counter near the limit. */
  public ComposerLimit limit() {
    return composer.limit();
  }
}
