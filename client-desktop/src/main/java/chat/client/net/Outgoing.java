package chat.client.net;

import chat.protocol.model.EncryptedContent;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * What a {@link Session} sends: messages and replies through the outbox, the files attached to
 * them, and what still waits for the server's ack. Apart from the session, which owns the
 * connection these ride on, so that the composers see one small surface.
 */
public final class Outgoing {

  private final Session session;
  private final Supplier<Delivery> delivery;
  private final Executor loop;
  private final Executor fx;
  private final Path outboxDir;

  /**
   * @param delivery the signed-in session's delivery, or null while signed out
   * @param loop the session's thread, which owns the delivery
   * @param outboxDir where each (server, user) pair keeps its outbox file
   */
  Outgoing(
      Session session, Supplier<Delivery> delivery, Executor loop, Executor fx, Path outboxDir) {
    this.session = session;
    this.delivery = delivery;
    this.loop = loop;
    this.fx = fx;
    this.outboxDir = outboxDir;
  }

  /** Sends a message through the outbox: kept on disk until acknowledged, sent once online. */
  public void send(String roomId, String content) {
    deliver(roomId, content, null, false, List.of(), null);
  }

  /**
   * Sends a message with {@code files} through the outbox, as {@link #send} sends one: those not on
   * the server yet are uploaded first, again after a dropped connection or a restart.
   */
  public void send(String roomId, String content, List<OutboxFile> files) {
    deliver(roomId, content, null, false, files, null);
  }

  /**
   * Sends a reply in the thread of {@code threadId} through the outbox, as {@link #send} sends a
   * message; with {@code alsoInRoom} it shows in the room's timeline too.
   */
  public void reply(String roomId, String threadId, String content, boolean alsoInRoom) {
    reply(roomId, threadId, content, alsoInRoom, List.of());
  }

  /** Sends a reply with {@code files}, as {@link #send(String, String, List)} sends a message. */
  public void reply(
      String roomId, String threadId, String content, boolean alsoInRoom, List<OutboxFile> files) {
    deliver(roomId, content, threadId, alsoInRoom, files, null);
  }

  /**
   * Sends a message of an encrypted room through the outbox, as {@link #send} sends one: {@code
   * encrypted} (made by the caller) in place of text, in the thread of {@code threadId} when that
   * is not null, with {@code files} (their bytes already the caller's ciphertext).
   */
  public void sendEncrypted(
      String roomId, String threadId, EncryptedContent encrypted, List<OutboxFile> files) {
    deliver(roomId, "", threadId, false, files, encrypted);
  }

  private void deliver(
      String roomId,
      String content,
      String threadId,
      boolean alsoInRoom,
      List<OutboxFile> files,
      EncryptedContent encrypted) {
    loop.execute(
        () -> {
          Delivery current = delivery.get();
          if (current != null) {
            current.send(roomId, content, threadId, alsoInRoom, files, encrypted);
          }
        });
  }

  /**
   * Uploads {@code file} into {@code roomId} as {@code name}, streamed from disk; {@code sent}
   * hears the bytes sent so far, on the session's executor.
   */
  public FileUpload upload(String roomId, Path file, String name, LongConsumer sent) {
    FileUpload upload = new FileUpload();
    upload.finished(
        session.withToken(
            (api, token) ->
                api.upload(
                    token,
                    roomId,
                    file,
                    name,
                    bytes -> fx.execute(() -> sent.accept(bytes)),
                    upload::started)));
    return upload;
  }

  /**
   * Where files to attach that exist nowhere else (images pasted from the clipboard) are kept until
   * sent: beside the outbox, which refers to them.
   */
  public Path attachmentsDir() {
    return outboxDir.resolveSibling("attachments");
  }

  /** The messages of this session still waiting for the server's ack, oldest first. */
  public List<Outbox.Entry> pending() {
    Delivery current = delivery.get();
    return current == null ? List.of() : current.outbox().entries();
  }
}
