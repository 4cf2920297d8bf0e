package chat.server.chat;

import chat.protocol.ProtocolJson;
import chat.protocol.model.Attachment;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.server.auth.AuthenticatedUser;
import chat.server.error.ChatException;
import chat.server.ratelimit.RateLimiter;
import chat.server.store.MessagePage;
import chat.server.store.UserAccount;
import chat.server.store.UserStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A user's own data as a zip, written as it is read, never whole in memory: {@code account.json},
 * one {@code rooms/<roomId>.jsonl} per room the user is in with their messages there (the timeline
 * newest first, each thread's replies newest first right after their root), and {@code
 * files/<fileId>/<name>} with the bytes of every file their messages still carry. History is read
 * page by page with the queries {@code message.history} and {@code thread.history} use. Each user
 * runs one export at a time on a node, and starts no more than the export limit allows: an export
 * reads every message of every room its user is in.
 */
public final class DataExport {

  /** Messages read per page of a room's history or a thread's. */
  static final int PAGE = 200;

  /** The wait a refused second export is told to take. */
  private static final long RETRY_AFTER_MS = 5_000;

  private final UserStore users;
  private final RoomService rooms;
  private final MessageService messages;
  private final Optional<FileService> files;
  private final RateLimiter exportsPerUser;
  private final Clock clock;
  private final OneAtATime turns = new OneAtATime(RETRY_AFTER_MS);

  public DataExport(
      UserStore users,
      RoomService rooms,
      MessageService messages,
      Optional<FileService> files,
      RateLimiter exportsPerUser,
      Clock clock) {
    this.users = users;
    this.rooms = rooms;
    this.messages = messages;
    this.files = files;
    this.exportsPerUser = exportsPerUser;
    this.clock = clock;
  }

  /** One export under way, holding its user's turn until {@link #close}d. */
  public final class Export implements AutoCloseable {

    private final AuthenticatedUser user;
    private final OneAtATime.Turn turn;

    private Export(AuthenticatedUser user, OneAtATime.Turn turn) {
      this.user = user;
      this.turn = turn;
    }

    /** Writes the zip onto {@code out}, which it finishes but leaves open. */
    public void writeTo(OutputStream out) throws IOException {
      ZipOutputStream zip = new ZipOutputStream(out);
      entry(zip, "account.json", account());
      for (Room room : rooms.joined(user)) {
        zip.putNextEntry(new ZipEntry("rooms/" + room.roomId() + ".jsonl"));
        Set<String> fileIds = new LinkedHashSet<>();
        writeRoom(zip, room, fileIds);
        zip.closeEntry();
        for (String fileId : fileIds) {
          writeFile(zip, fileId);
        }
      }
      zip.finish();
    }

    /** Gives the user's turn back. */
    @Override
    public void close() {
      turn.close();
    }

    private ExportedAccount account() {
      UserAccount account =
          users
              .findById(user.userId())
              .orElseThrow(() -> ChatException.unauthorized("unknown user"));
      return new ExportedAccount(
          account.userId(),
          account.username(),
          account.displayName(),
          account.role().name(),
          account.createdAt(),
          clock.millis());
    }

    /** The room's timeline, newest first, and the replies of each thread met on the way. */
    private void writeRoom(ZipOutputStream zip, Room room, Set<String> fileIds) throws IOException {
      String before = null;
      boolean more = true;
      while (more) {
        MessagePage page = messages.history(user, room.roomId(), before, null, PAGE);
        for (Message message : page.messages().reversed()) {
          writeIfMine(zip, room, message, fileIds);
          if (message.replyCount() != null && message.replyCount() > 0) {
            writeThread(zip, room, message.messageId(), fileIds);
          }
        }
        more = page.hasMore() && !page.messages().isEmpty();
        before = more ? page.messages().getFirst().messageId() : null;
      }
    }

    /** The replies not also in the timeline (those are met there), newest first. */
    private void writeThread(ZipOutputStream zip, Room room, String rootId, Set<String> fileIds)
        throws IOException {
      String before = null;
      boolean more = true;
      while (more) {
        MessagePage page = messages.threadHistory(user, room.roomId(), rootId, before, PAGE);
        for (Message reply : page.messages().reversed()) {
          if (!Boolean.TRUE.equals(reply.alsoInRoom())) {
            writeIfMine(zip, room, reply, fileIds);
          }
        }
        more = page.hasMore() && !page.messages().isEmpty();
        before = more ? page.messages().getFirst().messageId() : null;
      }
    }

    private void writeIfMine(ZipOutputStream zip, Room room, Message message, Set<String> fileIds)
        throws IOException {
      if (!message.senderId().equals(user.userId())) {
        return;
      }
      zip.write(ProtocolJson.encodeBytes(ExportedMessage.of(room, message)));
      zip.write('\n');
      if (message.attachments() != null) {
        message.attachments().stream().map(Attachment::fileId).forEach(fileIds::add);
      }
    }

    /** A file gone since its message was read (deleted meanwhile) is left out. */
    private void writeFile(ZipOutputStream zip, String fileId) throws IOException {
      if (files.isEmpty()) {
        return;
      }
      FileService.StoredFile file;
      try {
        file = files.get().find(user, fileId);
      } catch (ChatException gone) {
        return;
      }
      zip.putNextEntry(new ZipEntry("files/" + fileId + "/" + entryName(file.name())));
      try (InputStream in = file.bytes().read(0, file.size())) {
        in.transferTo(zip);
      }
      zip.closeEntry();
    }

    private static void entry(ZipOutputStream zip, String name, Object json) throws IOException {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(ProtocolJson.encodeBytes(json));
      zip.closeEntry();
    }
  }

  /**
   * Takes the caller's turn: the export to write.
   *
   * @throws ChatException {@code RATE_LIMITED} while another export of theirs runs on this node, or
   *     when they started as many as the limit allows in the last hour
   */
  public Export start(AuthenticatedUser caller) {
    OneAtATime.Turn turn = turns.take(caller.userId());
    long retryAfter = exportsPerUser.tryAcquire(caller.userId(), clock.millis());
    if (retryAfter > 0) {
      turn.close();
      throw ChatException.rateLimited(retryAfter);
    }
    return new Export(caller, turn);
  }

  /**
   * A file's name as a zip entry's last part: no path separators, never {@code .} or {@code ..}.
   */
  static String entryName(String name) {
    String flat = name.replace('/', '_').replace('\\', '_');
    return flat.isBlank() || flat.equals(".") || flat.equals("..") ? "file" : flat;
  }

  /** {@code account.json}. */
  record ExportedAccount(
      String userId,
      String username,
      String displayName,
      String role,
      long createdAt,
      long exportedAt) {}
}
