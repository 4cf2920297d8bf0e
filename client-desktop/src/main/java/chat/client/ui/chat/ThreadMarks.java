package chat.client.ui.chat;

import chat.protocol.model.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What the app knows about threads beyond their roots' own fields: the replies that came to each
 * thread since the reader last had it open (kept in memory only: a restart forgets them), and the
 * names of the people who replied, learned from the messages shown. Tells its listener (room, root)
 * whenever a root's summary changes because of it.
 */
public final class ThreadMarks {

  private final String myUserId;
  private final Map<String, Set<String>> unseen = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();
  private final List<BiConsumer<String, String>> listeners = new ArrayList<>();

  public ThreadMarks(String myUserId) {
    this.myUserId = myUserId;
  }

  /** Calls {@code listener} with (roomId, rootId) whenever a root's unseen replies change. */
  void whenChanged(BiConsumer<String, String> listener) {
    listeners.add(listener);
  }

  /**
   * A reply came: unless the reader sees it in its open thread ({@code seen}) or wrote it, it
   * counts as unseen in its thread until the thread is opened. A repeat counts once. Returns
   * whether it newly counts.
   */
  boolean replyArrived(Message reply, boolean seen) {
    learn(reply);
    if (seen || myUserId.equals(reply.senderId())) {
      return false;
    }
    boolean added =
        unseen.computeIfAbsent(reply.threadId(), key -> new HashSet<>()).add(reply.messageId());
    if (added) {
      changed(reply.roomId(), reply.threadId());
    }
    return added;
  }

  /** The thread of {@code root} is open: its replies are seen. */
  void opened(Message root) {
    if (unseen.remove(root.messageId()) != null) {
      changed(root.roomId(), root.messageId());
    }
  }

  /** How many replies to the thread of {@code rootId} the reader has not seen. */
  public int unseen(String rootId) {
    return unseen.getOrDefault(rootId, Set.of()).size();
  }

  /**
   * Whether the reader follows the thread of {@code root}: they wrote it or replied in it. Replies
   * to such a thread notify as messages of the room do.
   */
  public boolean follows(Message root) {
    return myUserId.equals(root.senderId())
        || (root.participants() != null && root.participants().contains(myUserId));
  }

  /** Remembers the name {@code message}'s sender is shown by. */
  void learn(Message message) {
    if (message.senderName() != null) {
      names.put(message.senderId(), message.senderName());
    }
  }

  /** The summary {@code message} shows as a thread's root, or null when it has no replies. */
  ThreadSummary summaryOf(Message message) {
    if (message.replyCount() == null || message.replyCount() == 0) {
      return null;
    }
    List<String> participants =
        message.participants() == null
            ? List.of()
            : message.participants().stream().map(id -> names.getOrDefault(id, "?")).toList();
    long last = message.lastReplyAt() == null ? message.timestamp() : message.lastReplyAt();
    return new ThreadSummary(
        message.messageId(), message.replyCount(), last, participants, unseen(message.messageId()));
  }

  private void changed(String roomId, String rootId) {
    listeners.forEach(listener -> listener.accept(roomId, rootId));
  }
}
