package chat.server.store.redis;

import chat.server.store.FileKind;

/**
 * Every key and channel of the Redis adapter but those of files ({@link FileKeys}), mentions
 * ({@link MentionKeys}), moderation ({@link ModerationKeys}) and registration, two-factor sign-in
 * and the audit log ({@link AccessKeys}); the index entries built from names are {@link
 * NameEntries}. These strings are a storage format shared by every node and by data already
 * written: {@code RedisKeysTest} pins each one, so changing one here fails a test before it breaks
 * a deployment.
 *
 * <p><b>Hash tags.</b> Every key is {@code chat:{TAG}:what}. Redis Cluster puts keys with the same
 * tag in one slot, and a Lua script or a MULTI may only touch keys of one slot; so each atomic
 * operation of the adapter works inside one tag: a room's keys share {@code {room:ID}}, a user's
 * {@code {user:ID}}, a session's {@code {session:ID}}. Indexes over many entities (the username
 * index, the public directory) live under a tag of their own and are written in separate calls,
 * each store explaining in its Javadoc the order of those calls and how readers treat an index
 * entry whose entity is missing.
 */
final class RedisKeys {

  /**
   * The pub/sub channel of every node sharing this Redis (not a key: it has no slot). It and the
   * two below are classic pub/sub on every topology; on a Redis Cluster, which relays each classic
   * message to all its nodes, it carries only the events of no room, those of a room going on the
   * room's {@linkplain ShardChannels shard channel} (decision records 0018 and 0019).
   */
  static final String EVENTS = "chat:events";

  /**
   * The pub/sub channel of session revocations, apart from {@link #EVENTS} and read by a
   * subscription of its own, so that closing a revoked session's sockets never waits behind a
   * backlog of deliveries.
   */
  static final String CONTROL = "chat:events:control";

  /**
   * The channel every node publishes its heartbeat on; each node's subscriber listens to it beside
   * {@link #EVENTS}, so a subscription that hears nothing for a while is known to be dead.
   */
  static final String HEARTBEATS = "chat:events:heartbeat";

  /**
   * String: what readiness writes, with a short expiry, to learn whether Redis takes writes (a PING
   * is answered even while every write is refused).
   */
  static final String WRITE_PROBE = "chat:readiness";

  private RedisKeys() {}

  /**
   * String: what an acknowledged write ({@link Redis#acknowledged}) writes after itself, with a
   * short expiry, before {@code WAIT}: under the hash tag of {@code key}, the write's own, so that
   * on a cluster it lands on the shard that took the write.
   */
  static String ackProbe(String key) {
    return "chat:{" + hashTag(key) + "}:ack-probe";
  }

  /**
   * What Redis hashes of {@code key} to find its slot: the text between the first {@code {} and the
   * next {@code }}, if not empty, else the whole key.
   */
  static String hashTag(String key) {
    int open = key.indexOf('{');
    int close = open < 0 ? -1 : key.indexOf('}', open + 1);
    return close > open + 1 ? key.substring(open + 1, close) : key;
  }

  /**
   * Hash: {@code userId, username, passwordHash, createdAt, lastSeen}, and {@code displayName}, and
   * {@code passwordChangeRequired} ({@code 1}) while the password is a temporary one an admin set.
   */
  static String userInfo(String userId) {
    return ofUser(userId, "info");
  }

  /** Sorted set: the ids of the rooms the user may be in, scored by the room's creation time. */
  static String userRooms(String userId) {
    return ofUser(userId, "rooms");
  }

  /** Sorted set: the ids of the user's sessions, scored by their creation time. */
  static String userSessions(String userId) {
    return ofUser(userId, "sessions");
  }

  /** Hash: folded username → userId; the uniqueness of names in any case. */
  static String userIdsByName() {
    return "chat:{users}:ids-by-name";
  }

  /**
   * Sorted set, every score 0: {@link NameEntries#nameEntry} of each user, for prefix search by
   * name.
   */
  static String userNames() {
    return "chat:{users}:names";
  }

  /**
   * String: the owner's userId, set once by {@link ClaimUsernameScript} when the first name is
   * claimed; roles and deactivation live beside the name index, under {@code {users}}, so that one
   * script sees the owner together with the set it changes.
   */
  static String serverOwner() {
    return "chat:{users}:owner";
  }

  /** Set: the userIds of the server's admins (the owner is never in it). */
  static String serverAdmins() {
    return "chat:{users}:admins";
  }

  /** Set: the userIds of deactivated accounts (the owner is never in it). */
  static String deactivatedUsers() {
    return "chat:{users}:deactivated";
  }

  /**
   * Set: the userIds of accounts their owners deleted (each also in {@link #deactivatedUsers});
   * never shrinks.
   */
  static String deletedUsers() {
    return "chat:{users}:deleted";
  }

  /**
   * Hash: {@code sessionId, userId, createdAt, lastUsedAt, userAgent} (absent when unknown), {@code
   * refreshTokenId, expiresAt, revokedAt}; it expires some time after the session does.
   */
  static String sessionInfo(String sessionId) {
    return "chat:{session:" + sessionId + "}:info";
  }

  /**
   * Hash: {@code roomId, name, visibility, createdBy, createdAt}, and {@code closed} once closed.
   */
  static String roomInfo(String roomId) {
    return ofRoom(roomId, "info");
  }

  /** Hash: userId → {@code OWNER} or {@code MEMBER}; the truth about who is in the room. */
  static String roomMembers(String roomId) {
    return ofRoom(roomId, "members");
  }

  /** Stream: the room's messages in their one order; the entry id is the order. */
  static String roomLog(String roomId) {
    return ofRoom(roomId, "log");
  }

  /** Hash: {@link #sentMessageField} → the entry id in {@link #roomLog} it produced. */
  static String roomMessageIds(String roomId) {
    return ofRoom(roomId, "msgids");
  }

  /**
   * String: the room's message counter; each message's {@code seq} field is the value the append
   * took from it, so seqs run 1, 2, 3… in the log's order and the counter is the newest seq.
   */
  static String roomSeq(String roomId) {
    return ofRoom(roomId, "seq");
  }

  /** Sorted set: the entry ids of one sender's messages in the room, scored by their seq. */
  static String roomSenderMessages(String roomId, String senderId) {
    return ofRoom(roomId, "from:" + senderId);
  }

  /**
   * Hash: the changeable state of one message of the room (its entry id in {@link #roomLog}): what
   * an edit, a deletion, a reaction, a pin or a thread reply changes, its change position, and,
   * once edited or deleted, its mentions in place of those its entry was sent with. A stream entry
   * cannot change, so nothing that can is kept in it.
   */
  static String messageState(String roomId, String entryId) {
    return ofRoom(roomId, "m:" + entryId);
  }

  /**
   * Hash: entry id in {@link #roomLog} → the message's content, and {@link #attachmentsField} → its
   * attachments. Content can change (an edit) and must be able to vanish (a deletion), which no
   * stream entry can, so it is kept here; entries appended before this layout held it in a {@code
   * content} field, and {@code migrate-room-log.lua} moves it here.
   */
  static String roomContents(String roomId) {
    return roomKey(roomId, "contents");
  }

  /**
   * The field of {@link #roomContents} holding the attachments (JSON) of the message of that log
   * entry: beside its content rather than in the entry, so that a deletion removes them for real.
   * Entries appended before held them in an {@code attachments} field. The scripts spell it with
   * {@code attachments_field} of {@code record-change.lua}.
   */
  static String attachmentsField(String entryId) {
    return entryId + ":attachments";
  }

  /** Stream: where {@code migrate-room-log.lua} builds the room's log anew, renamed over it. */
  static String roomLogRewrite(String roomId) {
    return roomKey(roomId, "log-rewrite");
  }

  /** Sorted set: the entry ids of the room's pinned messages, scored by when they were pinned. */
  static String roomPins(String roomId) {
    return roomKey(roomId, "pinned");
  }

  /** The room's key called {@code what}. */
  private static String roomKey(String roomId, String what) {
    return tagged("room", roomId, what);
  }

  /** String: the room's change counter, one more for every change to one of its messages. */
  static String roomChangeSeq(String roomId) {
    return ofRoom(roomId, "changeseq");
  }

  /** Sorted set: the entry ids of the room's changed messages, scored by their latest change. */
  static String roomChanges(String roomId) {
    return ofRoom(roomId, "changes");
  }

  /**
   * Sorted set: the entry ids of the replies in the thread of the root {@code rootEntryId}, by seq.
   */
  static String threadReplies(String roomId, String rootEntryId) {
    return ofRoom(roomId, "thread:" + rootEntryId);
  }

  /**
   * Sorted set: the userIds who replied in the thread of {@code rootEntryId}, by their first seq.
   */
  static String threadParticipants(String roomId, String rootEntryId) {
    return ofRoom(roomId, "thread-people:" + rootEntryId);
  }

  /**
   * Sorted set: the entry ids of the room's thread replies that are not also in the room's
   * timeline, by seq: what paging skips and unread counts subtract.
   */
  static String roomThreadOnly(String roomId) {
    return ofRoom(roomId, "thread-only");
  }

  /** Sorted set: one sender's entries of {@link #roomThreadOnly}, by seq. */
  static String roomThreadOnlyFrom(String roomId, String senderId) {
    return ofRoom(roomId, "thread-only-from:" + senderId);
  }

  /** Hash: userId → the seq of the newest message of the room that user has read. */
  static String roomReadCursors(String roomId) {
    return ofRoom(roomId, "read");
  }

  /**
   * Sorted set: the userIds of {@link #roomReadCursors}, scored by their cursor's seq, so the
   * furthest along are read without reading every member's cursor. Kept with the cursors by {@code
   * advance-read-cursor.lua}; a cursor last moved before this key existed is in it from its next
   * move on.
   */
  static String roomReadOrder(String roomId) {
    return roomKey(roomId, "read-order");
  }

  /** Hash: userId → the entry id in {@link #roomLog} their cursor stands on; beside the seq. */
  static String roomReadEntries(String roomId) {
    return roomKey(roomId, "read-entries");
  }

  /**
   * Sorted set: the entry ids of the room's messages holding the folded {@code word} (as {@link
   * chat.protocol.search.SearchText} folds it), scored by their {@code timestamp}.
   */
  static String roomWordMessages(String roomId, String word) {
    return ofRoom(roomId, "w:" + word);
  }

  /**
   * Sorted set: the entry ids of the room's messages that have a file of this kind ({@code
   * has:file}, {@code has:image}), scored by their {@code timestamp}.
   */
  static String roomFileKindMessages(String roomId, FileKind kind) {
    return roomKey(roomId, "has:" + kind.token());
  }

  /** Sorted set, every score 0: every word of {@link #roomWordMessages}, for prefix expansion. */
  static String roomWords(String roomId) {
    return ofRoom(roomId, "words");
  }

  /**
   * Sorted set, every score 0: {@link NameEntries#nameEntry} of each public room, the room
   * directory.
   */
  static String publicRooms() {
    return "chat:{rooms}:public";
  }

  /** String: the id of the direct room of a pair of users, set once. */
  static String directRoom(String pairKey) {
    return "chat:{pair:" + pairKey + "}:direct";
  }

  /** Hash: userId → how many sockets of that user this node holds. */
  static String nodeSockets(String nodeId) {
    return "chat:{node:" + nodeId + "}:sockets";
  }

  /** Sorted set: nodeId → the time of its last heartbeat, epoch ms. */
  static String liveNodes() {
    return "chat:{presence}:nodes";
  }

  /** Bitmap: the Bloom filter of users online during one presence window. */
  static String onlineFilter(long window) {
    return "chat:{presence}:online:" + window;
  }

  /**
   * {@code chat:{kind:id}:what}: the braces are the hash tag, so every key of one thing lands on
   * one Redis Cluster slot and a script may touch them together.
   */
  static String tagged(String kind, String id, String what) {
    return "chat:{" + kind + ":" + id + "}:" + what;
  }

  /** String: a server secret shared by every node. */
  static String secret(String name) {
    return "chat:{secret:" + name + "}:value";
  }

  /**
   * The field of {@link #roomMessageIds} for one sender's {@code clientMsgId}. The sender id is
   * length-prefixed so that no pair of (sender, clientMsgId) can spell another's field.
   */
  static String sentMessageField(String senderId, String clientMsgId) {
    return senderId.length() + ":" + senderId + ":" + clientMsgId;
  }

  /** A key under the user's hash tag, so that every key of one user lies in one slot. */
  private static String ofUser(String userId, String name) {
    return "chat:{user:" + userId + "}:" + name;
  }

  /** A key under the room's hash tag, so that a script may touch every key of one room. */
  private static String ofRoom(String roomId, String name) {
    return "chat:{room:" + roomId + "}:" + name;
  }
}
