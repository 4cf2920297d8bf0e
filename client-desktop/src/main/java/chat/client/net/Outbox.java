package chat.client.net;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import chat.protocol.ProtocolJson;
import chat.protocol.model.EncryptedContent;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages the user sent that the server has not acknowledged yet, in the order they were typed.
 * Each is written to disk before anything goes on the wire and removed only once acknowledged, so a
 * message survives a dropped connection and an app restart; its {@code clientMsgId} is fixed when
 * it is added, so resending it can never store it twice.
 */
public final class Outbox {

  /**
   * One unacknowledged message: a reply in the thread of {@code threadId} when that is set, also
   * posted to the room when {@code alsoInRoom}, with {@code files} attached. Files written before
   * threads lack both: plain messages ({@code alsoInRoom} missing reads as false); written before
   * attachments, they lack {@code files}: none. A message of an encrypted room carries {@code
   * encrypted}, made before it was added, and an empty {@code content}; others lack it.
   */
  public record Entry(
      String clientMsgId,
      String roomId,
      String content,
      long createdAt,
      String threadId,
      Boolean alsoInRoom,
      List<OutboxFile> files,
      @JsonInclude(JsonInclude.Include.NON_NULL) EncryptedContent encrypted) {

    public Entry {
      alsoInRoom = Boolean.TRUE.equals(alsoInRoom);
      files = files == null ? List.of() : List.copyOf(files);
    }

    /** A plain message outside any thread. */
    public Entry(String clientMsgId, String roomId, String content, long createdAt) {
      this(clientMsgId, roomId, content, createdAt, null, false, List.of(), null);
    }

    /** Whether every file is on the server: the message may go. */
    public boolean uploaded() {
      return files.stream().allMatch(OutboxFile::uploaded);
    }

    /** The server's ids of the files, in order, once {@link #uploaded()}. */
    public List<String> attachmentIds() {
      return files.stream().map(OutboxFile::fileId).toList();
    }

    /** The same message with these files. */
    public Entry withFiles(List<OutboxFile> newFiles) {
      return new Entry(
          clientMsgId, roomId, content, createdAt, threadId, alsoInRoom, newFiles, encrypted);
    }

    /** Whether it shows in its room's timeline: not a reply kept to its thread. */
    public boolean inRoom() {
      return threadId == null || alsoInRoom;
    }
  }

  private record Contents(List<Entry> entries) {}

  private static final Logger log = LoggerFactory.getLogger(Outbox.class);

  private final Path file;
  private final List<Entry> entries;

  private Outbox(Path file, List<Entry> entries) {
    this.file = file;
    this.entries = new ArrayList<>(entries);
  }

  /**
   * The outbox kept in {@code file}, empty when the file does not exist. A file that cannot be read
   * is set aside (renamed, never deleted) rather than blocking the app.
   */
  public static Outbox open(Path file) {
    if (!Files.exists(file)) {
      return new Outbox(file, List.of());
    }
    try {
      Contents contents = ProtocolJson.decode(Files.readAllBytes(file), Contents.class);
      return new Outbox(file, contents.entries() == null ? List.of() : contents.entries());
    } catch (IOException | RuntimeException e) {
      Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + System.nanoTime());
      log.warn("outbox {} is unreadable ({}); moved to {}", file, e.getMessage(), aside);
      try {
        Files.move(file, aside);
      } catch (IOException moveFailed) {
        throw new UncheckedIOException(moveFailed);
      }
      return new Outbox(file, List.of());
    }
  }

  /**
   * The file of one user's outbox on one server, in {@code dir}: named by a hash, so that neither
   * the server's address nor the user's id needs escaping.
   */
  public static Path fileFor(Path dir, String serverUrl, String userId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((serverUrl + "\n" + userId).getBytes(StandardCharsets.UTF_8));
      return dir.resolve(HexFormat.of().formatHex(digest, 0, 12) + ".json");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * Adds a message with a fresh clientMsgId and writes the outbox to disk before returning.
   *
   * @throws UncheckedIOException when it cannot be written; the message is then not added
   */
  public synchronized Entry add(String roomId, String content, long now) {
    return add(roomId, content, null, false, now);
  }

  /**
   * Adds a reply in the thread of {@code threadId} (a plain message when null), also posted to the
   * room when {@code alsoInRoom}, as {@link #add(String, String, long)} adds a message.
   */
  public synchronized Entry add(
      String roomId, String content, String threadId, boolean alsoInRoom, long now) {
    return add(roomId, content, threadId, alsoInRoom, List.of(), null, now);
  }

  /**
   * Adds a message with {@code files} attached, and its {@code encrypted} text in place of {@code
   * content} when not null, as {@link #add(String, String, long)} adds a message.
   */
  public synchronized Entry add(
      String roomId,
      String content,
      String threadId,
      boolean alsoInRoom,
      List<OutboxFile> files,
      EncryptedContent encrypted,
      long now) {
    Entry entry =
        new Entry(
            "c-" + UUID.randomUUID(), roomId, content, now, threadId, alsoInRoom, files, encrypted);
    entries.add(entry);
    try {
      save();
    } catch (UncheckedIOException e) {
      entries.remove(entry); // not on disk, so not promised: the caller tells the user
      throw e;
    }
    return entry;
  }

  /**
   * Writes {@code changed} in place of the entry with its clientMsgId (its files uploaded since);
   * false when that is gone.
   */
  public synchronized boolean replace(Entry changed) {
    int at = entries.stream().map(Entry::clientMsgId).toList().indexOf(changed.clientMsgId());
    if (at < 0) {
      return false;
    }
    entries.set(at, changed);
    save();
    return true;
  }

  /** Forgets an acknowledged (or finally refused) message; false when it was not there. */
  public synchronized boolean remove(String clientMsgId) {
    boolean removed = entries.removeIf(e -> e.clientMsgId().equals(clientMsgId));
    if (removed) {
      save();
    }
    return removed;
  }

  /** The oldest message still waiting. */
  public synchronized Optional<Entry> first() {
    return entries.stream().findFirst();
  }

  public synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  private void save() {
    try {
      Files.createDirectories(file.getParent());
      Path temp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.write(temp, ProtocolJson.encodeBytes(new Contents(entries)));
      Files.move(temp, file, REPLACE_EXISTING, ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the outbox " + file, e);
    }
  }
}
