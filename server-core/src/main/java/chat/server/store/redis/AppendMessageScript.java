package chat.server.store.redis;

import chat.server.store.FileKind;
import chat.server.store.NewMessage;
import chat.server.store.ThreadStats;
import chat.server.store.UnusableAttachmentsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code append-message.lua}: the idempotent send. The dedupe check on (sender, clientMsgId), the
 * XADD, the content's place in the room's contents, the room's message counter, the search index,
 * the mention counters and a reply's change to its root are one atomic step under the room's hash
 * tag, so concurrent resends of one message, from any node, store, index and count it once; a
 * resend gets the original entry back. Its files are checked (each the sender's and unsent) and
 * linked to it in the same step, so two messages can never take one file. A reply's root change is
 * recorded with {@code record-change.lua}'s {@code record_change} ({@link
 * LuaScript#recordingChanges}), as every other change of a stored message is.
 */
final class AppendMessageScript {

  /**
   * The log entry that holds the message, and whether this call appended it; {@code seq} only for a
   * new one (a resend's message is read back whole by the caller).
   */
  record Outcome(String entryId, long seq, boolean created) {}

  /** The script's first reply when it stored the message. */
  private static final Long STORED = 1L;

  /** The script's first reply when it found the message stored (by its clientMsgId). */
  private static final Long FOUND = 0L;

  private final LuaScript script = LuaScript.recordingChanges("append-message.lua");

  /**
   * Appends {@code fields} as a new entry of the room's log, with a {@code seq} field from the
   * room's counter, keeps the message's content in the room's contents, indexes it under each of
   * {@code words} (distinct, folded) and each of its {@code fileKinds}, and counts its mentions
   * and, when {@code rootEntryId} is not null, its thread's reply, unless the sender already sent
   * the message's {@code clientMsgId} there.
   */
  Outcome append(
      Redis redis,
      NewMessage message,
      String rootEntryId,
      Map<String, String> fields,
      String attachments,
      List<String> words,
      Set<FileKind> fileKinds) {
    String roomId = message.roomId();
    String senderId = message.senderId();
    List<String> keys = new ArrayList<>();
    keys.add(RedisKeys.roomLog(roomId));
    keys.add(RedisKeys.roomMessageIds(roomId));
    keys.add(RedisKeys.roomSeq(roomId));
    keys.add(RedisKeys.roomSenderMessages(roomId, senderId));
    keys.add(RedisKeys.roomWords(roomId));
    keys.add(RedisKeys.roomContents(roomId));
    keys.add(MentionKeys.roomWideMentions(roomId));
    keys.add(MentionKeys.roomWideMentionsFrom(roomId, senderId));
    keys.add(RedisKeys.roomThreadOnly(roomId));
    keys.add(RedisKeys.roomThreadOnlyFrom(roomId, senderId));
    keys.add(RedisKeys.roomChangeSeq(roomId));
    keys.add(RedisKeys.roomChanges(roomId));
    if (rootEntryId != null) {
      keys.add(RedisKeys.messageState(roomId, rootEntryId));
      keys.add(RedisKeys.threadReplies(roomId, rootEntryId));
      keys.add(RedisKeys.threadParticipants(roomId, rootEntryId));
    }
    List<String> mentioned = MentionKeys.named(roomId, senderId, message.mentions());
    keys.addAll(mentioned);
    words.forEach(word -> keys.add(RedisKeys.roomWordMessages(roomId, word)));
    fileKinds.forEach(kind -> keys.add(RedisKeys.roomFileKindMessages(roomId, kind)));
    message.attachmentIds().forEach(fileId -> keys.add(FileKeys.roomFile(roomId, fileId)));
    List<String> args = new ArrayList<>();
    args.add(RedisKeys.sentMessageField(senderId, message.clientMsgId()));
    args.add(Long.toString(message.timestamp()));
    args.add(senderId);
    args.add(rootEntryId == null ? "" : rootEntryId);
    args.add(flag(message.alsoInRoom()));
    args.add(flag(message.mentions().room()));
    args.add(Integer.toString(mentioned.size()));
    args.add(Integer.toString(ThreadStats.MAX_PARTICIPANTS));
    args.add(message.slot());
    args.add(Integer.toString(fields.size()));
    args.add(attachments == null ? "" : attachments);
    args.add(Integer.toString(fileKinds.size()));
    fields.forEach(
        (field, value) -> {
          args.add(field);
          args.add(value);
        });
    args.addAll(words);
    List<?> reply =
        (List<?>)
            script.runAcknowledgedResending(
                redis, keys, args, (earlier, later) -> merged((List<?>) earlier, (List<?>) later));
    if (Long.valueOf(-1).equals(reply.get(0))) {
      throw new UnusableAttachmentsException();
    }
    String entryId = (String) reply.get(1);
    boolean created = STORED.equals(reply.get(0));
    return new Outcome(entryId, created ? (Long) reply.get(2) : 0, created);
  }

  /**
   * Of two replies to one append, the one that says what happened: the later one, unless it found
   * the very entry that the earlier one stored (sent again after its ack was cut off), whose reply
   * alone says that it stored it, and where.
   */
  private static List<?> merged(List<?> earlier, List<?> later) {
    boolean foundWhatEarlierStored =
        STORED.equals(earlier.get(0))
            && FOUND.equals(later.get(0))
            && earlier.get(1).equals(later.get(1));
    return foundWhatEarlierStored ? earlier : later;
  }

  private static String flag(boolean set) {
    return set ? "1" : "0";
  }
}
