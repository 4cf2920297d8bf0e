package chat.server.store.redis;

import chat.protocol.Limits;
import chat.protocol.model.Attachment;
import chat.protocol.model.EncryptedContent;
import chat.protocol.model.Message;
import chat.protocol.search.SearchText;
import chat.server.store.ChangePage;
import chat.server.store.ChangeResult;
import chat.server.store.ContentSlot;
import chat.server.store.FileKind;
import chat.server.store.Mentions;
import chat.server.store.MessageChangeStore;
import chat.server.store.StoreException;
import chat.server.store.StoredMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import redis.clients.jedis.resps.Tuple;

/**
 * Changes to stored messages, each one script under the room's hash tag ({@link
 * MessageChangeScript}), which also records it in the room's change log: the counter {@link
 * RedisKeys#roomChangeSeq}, the changed messages {@link RedisKeys#roomChanges} scored by their
 * latest change, and the message's own {@code changeSeq}. Content lives in {@link
 * RedisKeys#roomContents}, the rest of what changes in {@link RedisKeys#messageState}, so an edit
 * replaces it and a deletion removes it for real (decision record 0009).
 *
 * <p><b>Words.</b> The search index's words are the server's ({@link SearchText}: the content's and
 * the files' names', which an edit keeps), computed here, not in Lua; so an edit or a deletion
 * reads the content first and passes its words to the script, which unindexes them only if the
 * content is still that one, and otherwise answers {@code STALE} for another try: a racing edit can
 * never leave words of a text no longer there.
 *
 * <p><b>Older rooms.</b> A room's log written before content moved out of it holds content in its
 * entries; {@link RoomLogMigration} moves it out when a node starts, never a request. Until then
 * such a message's content is not in the room's contents, so a change finds it {@code STALE} and
 * gives up after its tries.
 *
 * <p><b>Mentions.</b> An entry keeps the mentions a message was sent with; an edit stores its new
 * ones in the message's state, which {@link RedisMessages} reads in their place, and moves the
 * message between the mention sets ({@link MentionKeys}) in the same script. A deletion takes it
 * out of them, so {@code mentionCount} no longer counts it.
 */
final class RedisMessageChangeStore implements MessageChangeStore {

  /** Tries of an edit or deletion racing other edits of the same message. */
  private static final int MAX_TRIES = 10;

  private final Redis redis;
  private final RedisMessages messages;
  private final MessageChangeScript editMessage = new MessageChangeScript("edit-message.lua");
  private final MessageChangeScript deleteMessage = new MessageChangeScript("delete-message.lua");
  private final MessageChangeScript react = new MessageChangeScript("react.lua");
  private final MessageChangeScript pinMessage = new MessageChangeScript("pin-message.lua");

  RedisMessageChangeStore(Redis redis, RedisMessages messages) {
    this.redis = redis;
    this.messages = messages;
  }

  @Override
  public ChangeResult edit(
      Message read, String content, EncryptedContent encrypted, Mentions mentions, long editedAt) {
    String roomId = read.roomId();
    return withContent(
        roomId,
        read.messageId(),
        read,
        (entryId, current) -> {
          List<String> before = indexedWords(current);
          List<String> after =
              encrypted != null
                  ? List.of()
                  : SearchText.indexedWords(content, current.attachments());
          Set<String> beforeSet = new HashSet<>(before);
          Set<String> afterSet = new HashSet<>(after);
          List<String> removed = before.stream().filter(word -> !afterSet.contains(word)).toList();
          List<String> added = after.stream().filter(word -> !beforeSet.contains(word)).toList();
          List<String> leftMentions = mentionKeys(current);
          List<String> newMentions = MentionKeys.of(roomId, current.senderId(), mentions);
          List<String> keys = new ArrayList<>();
          keys.add(RedisKeys.roomContents(roomId));
          keys.add(RedisKeys.roomWords(roomId));
          keys.addAll(leftMentions);
          keys.addAll(newMentions);
          removed.forEach(word -> keys.add(RedisKeys.roomWordMessages(roomId, word)));
          added.forEach(word -> keys.add(RedisKeys.roomWordMessages(roomId, word)));
          List<String> args = new ArrayList<>();
          args.add(ContentSlot.of(current));
          args.add(ContentSlot.of(content, encrypted));
          args.add(Long.toString(editedAt));
          args.add(Long.toString(current.timestamp()));
          args.add(Integer.toString(leftMentions.size()));
          args.add(Integer.toString(newMentions.size()));
          args.add(StoredMessage.joined(mentions.userIds()));
          args.add(mentions.room() ? "1" : "0");
          args.add(Integer.toString(removed.size()));
          args.addAll(removed);
          args.addAll(added);
          return editMessage.run(redis, roomId, entryId, keys, args);
        });
  }

  @Override
  public ChangeResult delete(String roomId, String messageId) {
    return withContent(
        roomId,
        messageId,
        null,
        (entryId, current) -> {
          List<String> words = indexedWords(current);
          List<String> mentionKeys = mentionKeys(current);
          List<String> keys = new ArrayList<>();
          keys.add(RedisKeys.roomContents(roomId));
          keys.add(RedisKeys.roomPins(roomId));
          keys.add(RedisKeys.roomWords(roomId));
          keys.addAll(mentionKeys);
          List<String> fileIds = attachedFileIds(current);
          fileIds.forEach(fileId -> keys.add(FileKeys.roomFile(roomId, fileId)));
          Set<FileKind> kinds = FileKind.of(current.attachments());
          kinds.forEach(kind -> keys.add(RedisKeys.roomFileKindMessages(roomId, kind)));
          words.forEach(word -> keys.add(RedisKeys.roomWordMessages(roomId, word)));
          List<String> args = new ArrayList<>();
          args.add(ContentSlot.of(current));
          args.add(Integer.toString(mentionKeys.size()));
          args.add(Integer.toString(fileIds.size()));
          args.add(Integer.toString(kinds.size()));
          args.addAll(words);
          MessageChangeScript.Answer answer = deleteMessage.run(redis, roomId, entryId, keys, args);
          boolean deleted =
              answer.reply() == MessageChangeScript.Reply.CHANGED
                  || answer.reply() == MessageChangeScript.Reply.UNPINNED;
          if (deleted && !fileIds.isEmpty()) {
            // One DEL each: every file's pointer has a slot of its own.
            redis.pipelined(
                "forget deleted files",
                pipeline -> {
                  fileIds.forEach(fileId -> pipeline.del(FileKeys.fileRoom(fileId)));
                  return () -> null;
                });
          }
          return answer;
        });
  }

  /** The words {@code current} is indexed under: none for a message of an encrypted room. */
  private static List<String> indexedWords(Message current) {
    return current.encrypted() != null
        ? List.of()
        : SearchText.indexedWords(current.content(), current.attachments());
  }

  /**
   * The ids of the files sent with {@code current}: the script deletes their records with the
   * message, and then their global pointers go (another slot; a stale pointer finds no record).
   */
  private static List<String> attachedFileIds(Message current) {
    return current.attachments() == null
        ? List.of()
        : current.attachments().stream().map(Attachment::fileId).toList();
  }

  /**
   * The mention sets {@code current} is in ({@link MentionKeys}); the script changes them only if
   * the content is still the one read, and with it the mentions it was parsed to.
   */
  private static List<String> mentionKeys(Message current) {
    return MentionKeys.of(current.roomId(), current.senderId(), Mentions.of(current));
  }

  @Override
  public ChangeResult addReaction(String roomId, String messageId, String userId, String emoji) {
    return reaction(roomId, messageId, userId, emoji, "add");
  }

  @Override
  public ChangeResult removeReaction(String roomId, String messageId, String userId, String emoji) {
    return reaction(roomId, messageId, userId, emoji, "remove");
  }

  private ChangeResult reaction(
      String roomId, String messageId, String userId, String emoji, String change) {
    return onEntry(
        roomId,
        messageId,
        entryId ->
            react.run(
                redis,
                roomId,
                entryId,
                List.of(),
                List.of(userId, emoji, change, Integer.toString(Limits.MAX_REACTION_EMOJI))));
  }

  @Override
  public ChangeResult pin(String roomId, String messageId, String userId, long pinnedAt) {
    return pinning(roomId, messageId, "pin", userId, pinnedAt);
  }

  @Override
  public ChangeResult unpin(String roomId, String messageId) {
    return pinning(roomId, messageId, "unpin", "", 0);
  }

  private ChangeResult pinning(
      String roomId, String messageId, String change, String userId, long pinnedAt) {
    return onEntry(
        roomId,
        messageId,
        entryId ->
            pinMessage.run(
                redis,
                roomId,
                entryId,
                List.of(RedisKeys.roomPins(roomId)),
                List.of(
                    change,
                    userId,
                    Long.toString(pinnedAt),
                    Integer.toString(Limits.MAX_PINS_PER_ROOM))));
  }

  @Override
  public List<Message> pins(String roomId) {
    List<String> entryIds =
        redis.call("read pins", jedis -> jedis.zrevrange(RedisKeys.roomPins(roomId), 0, -1));
    return messages.byEntryIds(roomId, entryIds);
  }

  @Override
  public long changeSeq(String roomId) {
    String counter =
        redis.call("read change position", jedis -> jedis.get(RedisKeys.roomChangeSeq(roomId)));
    return counter == null ? 0 : Long.parseLong(counter);
  }

  /**
   * The counter is read first and the changes only up to it: a change made in between is beyond the
   * position answered, so the next call finds it.
   */
  @Override
  public ChangePage changesAfter(String roomId, long position, int limit) {
    long counter = changeSeq(roomId);
    List<Tuple> changed =
        redis.call(
            "read changes",
            jedis ->
                jedis.zrangeByScoreWithScores(
                    RedisKeys.roomChanges(roomId),
                    "(" + position,
                    Long.toString(counter),
                    0,
                    limit + 1));
    boolean more = changed.size() > limit;
    List<Tuple> page = changed.subList(0, Math.min(limit, changed.size()));
    return new ChangePage(
        messages.byEntryIds(roomId, page.stream().map(Tuple::getElement).toList()),
        more ? (long) page.getLast().getScore() : counter,
        more);
  }

  /** A change that needs the message's current content: read, then changed if still so. */
  @FunctionalInterface
  private interface ContentChange {
    MessageChangeScript.Answer run(String entryId, Message current);
  }

  /**
   * Runs {@code change} on the message as {@code known} (null: not read yet) or, once the script
   * finds it changed meanwhile, as read again.
   */
  private ChangeResult withContent(
      String roomId, String messageId, Message known, ContentChange change) {
    Optional<String> entryId = RedisMessageStore.entryIdIn(roomId, messageId);
    if (entryId.isEmpty()) {
      return ChangeResult.notFound();
    }
    String id = entryId.get();
    Optional<Message> current = Optional.ofNullable(known);
    for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
      if (attempt > 0 || current.isEmpty()) {
        current = current(roomId, id);
      }
      if (current.isEmpty() || current.get().deleted() != null) {
        return ChangeResult.notFound();
      }
      MessageChangeScript.Answer answer = change.run(id, current.get());
      if (answer.reply() != MessageChangeScript.Reply.STALE) {
        return result(roomId, id, answer);
      }
    }
    throw new StoreException("the message kept changing while being changed: " + messageId, null);
  }

  private ChangeResult onEntry(
      String roomId, String messageId, Function<String, MessageChangeScript.Answer> change) {
    return RedisMessageStore.entryIdIn(roomId, messageId)
        .map(id -> result(roomId, id, change.apply(id)))
        .orElseGet(ChangeResult::notFound);
  }

  /** The message as it is now. */
  private Optional<Message> current(String roomId, String entryId) {
    return messages.byEntryIds(roomId, List.of(entryId)).stream().findFirst();
  }

  /** The answer's result. */
  private ChangeResult result(String roomId, String entryId, MessageChangeScript.Answer answer) {
    return switch (answer.reply()) {
      case NOT_FOUND -> ChangeResult.notFound();
      case CHANGED -> ChangeResult.changed(message(roomId, entryId, answer));
      case UNPINNED -> ChangeResult.deleted(message(roomId, entryId, answer), true);
      case UNCHANGED -> ChangeResult.unchanged(message(roomId, entryId, answer));
      case LIMIT -> ChangeResult.limitReached(read(roomId, entryId));
      case STALE -> throw new IllegalStateException("a stale read is retried, never a result");
    };
  }

  /** The message the script answered, else as read now. */
  private Message message(String roomId, String entryId, MessageChangeScript.Answer answer) {
    return answer.message() != null ? answer.message() : read(roomId, entryId);
  }

  private Message read(String roomId, String entryId) {
    return messages.byEntryIds(roomId, List.of(entryId)).getFirst();
  }
}
