package chat.client.ui.chat;

import chat.client.net.Outbox;
import chat.client.net.Replies;
import chat.client.ui.e2ee.DecryptedMessages;
import chat.protocol.model.Message;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One room's messages as the chat list shows them: server order, one row per messageId (events,
 * acks and catch-up pages may repeat a message), made by {@link ChatRows}, then the {@link
 * TimelineTail} of our refused and pending messages. It holds every message it was given but shows
 * a {@link TimelineWindow} of them, which slides as the reader scrolls. New messages are appended
 * in place; only the first page, a moved "New messages" line or a return to the newest rebuilds the
 * list. After a jump to a message found elsewhere (a search), it holds the messages around that
 * message; while newer messages lie beyond them on the server, live ones wait for the newer pages.
 */
final class RoomTimeline {

  private final String myUserId;
  private final ChatRows rows;
  private final List<Message> messages = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private final ObservableList<ChatLine> lines = FXCollections.observableArrayList();
  private final TimelineTail tail;
  private final TimelineWindow window;
  private int unreadCount;
  private String firstUnreadId;
  private boolean loaded;
  private boolean hasOlder = true;
  private boolean hasNewer;

  /**
   * Live messages that came while the window did not reach the newest: the newer page that ends the
   * gap may have been read before they were stored, so they join it when it comes.
   */
  private final List<Message> heldBack = new ArrayList<>();

  /**
   * @param threads the threads' unseen replies, which their roots' summaries show
   */
  RoomTimeline(String myUserId, ZoneId zone, ThreadMarks threads) {
    this(myUserId, zone, threads, new DecryptedMessages(id -> Optional.empty()));
  }

  /**
   * @param threads the threads' unseen replies, which their roots' summaries show
   * @param texts what the messages of an encrypted room read as
   */
  RoomTimeline(String myUserId, ZoneId zone, ThreadMarks threads, DecryptedMessages texts) {
    this.myUserId = myUserId;
    this.rows = new ChatRows(myUserId, zone, threads, this::held, texts);
    this.tail = new TimelineTail(myUserId, rows, lines);
    this.window = new TimelineWindow(messages, rows, lines, tail);
  }

  /** Appends a message as the newest, shown if the newest are; false when it was already here. */
  boolean add(Message message) {
    if (hasNewer) {
      boolean isNew = !ids.contains(message.messageId());
      if (isNew) {
        heldBack.add(message); // a gap lies between: shown once the newer pages reach it
      }
      return isNew;
    }
    if (!ids.add(message.messageId())) {
      return false;
    }
    boolean shown = window.heldBelow() == 0;
    messages.add(message);
    tail.noteIfOwn(message);
    if (shown) {
      window.showBelow(1);
    }
    tail.ownArrived();
    return true;
  }

  /**
   * Changes a message held, wherever it is (shown, held beyond the window, or held back behind a
   * gap): its row, if shown, is made again in place. A root's thread state older than the one held
   * (racing replies) is not taken: the held one's stays (see {@link Replies#olderRoot}). Returns
   * whether it was held.
   */
  /** The ids of the messages held here (shown or held back) that {@code senderId} sent. */
  List<String> sentBy(String senderId) {
    return Stream.concat(messages.stream(), heldBack.stream())
        .filter(message -> senderId.equals(message.senderId()))
        .map(Message::messageId)
        .toList();
  }

  boolean change(String messageId, UnaryOperator<Message> change) {
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (messages.get(i).messageId().equals(messageId)) {
        Message now = newer(change.apply(messages.get(i)), messages.get(i));
        messages.set(i, now);
        remake(now);
        return true;
      }
    }
    for (int i = 0; i < heldBack.size(); i++) {
      if (heldBack.get(i).messageId().equals(messageId)) {
        heldBack.set(i, newer(change.apply(heldBack.get(i)), heldBack.get(i)));
        return true;
      }
    }
    return false;
  }

  private static Message newer(Message now, Message held) {
    return Replies.olderRoot(now, held)
        ? now.withReplies(held.replyCount(), held.lastReplyAt(), held.participants())
        : now;
  }

  /** The reader's newest message held that is not deleted, the one Up edits; null when none. */
  Message lastOwn() {
    for (List<Message> held : List.of(heldBack, messages)) {
      for (Message message : held.reversed()) {
        if (myUserId.equals(message.senderId()) && !Boolean.TRUE.equals(message.deleted())) {
          return message;
        }
      }
    }
    return null;
  }

  /** The newest page, fetched when the room is first opened; what arrived before it stays after. */
  void loadedNewest(List<Message> page, boolean hasMore) {
    List<Message> live = hasNewer ? List.copyOf(heldBack) : List.copyOf(messages);
    hasNewer = false;
    heldBack.clear();
    messages.clear();
    ids.clear();
    page.forEach(this::keep);
    live.forEach(this::keep);
    loaded = true;
    hasOlder = hasMore;
    firstUnreadId = findFirstUnread();
    window.showNewest(firstUnreadId);
  }

  /**
   * Replaces what is held by the window around a message, oldest first: the messages just before
   * it, it, and those just after it. Without newer ones beyond, the window is the room's present.
   */
  void loadedAround(List<Message> around, boolean olderBeyond, boolean newerBeyond) {
    messages.clear();
    ids.clear();
    around.forEach(this::keep);
    heldBack.clear();
    loaded = true;
    hasOlder = olderBeyond;
    hasNewer = newerBeyond;
    firstUnreadId = null;
    window.showNewest(null);
  }

  /** A page of newer messages, oldest first, put after all held (which the window shows). */
  void addedNewer(List<Message> page, boolean hasMore) {
    page.forEach(this::keep);
    hasNewer = hasMore;
    if (!hasMore) {
      heldBack.forEach(this::keep);
      heldBack.clear();
    }
    window.showBelow(window.heldBelow());
    window.dropOldest();
  }

  /**
   * A page of older messages, oldest first, put before everything held (which the window shows);
   * returns rows added. Only the page's rows are made: the rows shown stay, but for the day
   * separator the page may now hold and the header of the first message, which may now continue the
   * page's last sender's run.
   */
  int addedOlder(List<Message> page, boolean hasMore) {
    List<Message> older = page.stream().filter(m -> !ids.contains(m.messageId())).toList();
    older.forEach(
        m -> {
          ids.add(m.messageId());
          tail.noteIfOwn(m);
        });
    hasOlder = hasMore;
    messages.addAll(0, older);
    return window.putAbove(older.size());
  }

  /**
   * Shows up to {@link TimelineWindow#STEP} more held messages above those shown, the newest shown
   * giving way past the window's size; returns rows added above (0 when none is held).
   */
  int showOlder() {
    return window.showAbove(Math.min(TimelineWindow.STEP, window.heldAbove()));
  }

  /**
   * Shows up to {@link TimelineWindow#STEP} more held messages below those shown, the oldest shown
   * giving way past the window's size; false when none is held.
   */
  boolean showNewer() {
    if (window.heldBelow() == 0) {
      return false;
    }
    window.showBelow(Math.min(TimelineWindow.STEP, window.heldBelow()));
    window.dropOldest();
    return true;
  }

  /** Shows the newest messages held again, rebuilding the list. */
  void showNewest() {
    window.showNewest(firstUnreadId);
  }

  /**
   * While the newest are shown and followed (out of the reader's sight when they give way), keeps
   * the window to its size by no longer showing the oldest shown.
   */
  void dropOldestShown() {
    window.dropOldest();
  }

  /**
   * The room was opened with {@code count} messages from others unread: the "New messages" line
   * goes above the first of them (above the oldest held when fewer are held), or away when none is
   * unread. Resolved when the first page arrives if it has not yet.
   */
  void openedWithUnread(int count) {
    unreadCount = count;
    if (!loaded) {
      return;
    }
    String first = findFirstUnread();
    if (first != null || firstUnreadId != null) {
      firstUnreadId = first;
      window.rebuild(first);
    }
  }

  /** The row of the "New messages" line, or -1 when there is none. */
  int unreadRow() {
    if (firstUnreadId == null) {
      return -1;
    }
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).kind() == ChatLine.Kind.UNREAD) {
        return i;
      }
    }
    return -1;
  }

  /** The server refused one of ours for good: it stays shown, marked, with the reason. */
  void refused(String clientMsgId, String content, String reason, long now) {
    tail.refused(clientMsgId, content, reason, now);
  }

  /** Forgets a refused message (it is being sent again); false when it was not here. */
  boolean forgetRefused(String key) {
    return tail.forgetRefused(key);
  }

  /** Our messages to this room that wait for the server, shown last. */
  void setPending(List<Outbox.Entry> waiting) {
    tail.setPending(waiting);
  }

  private String findFirstUnread() {
    if (unreadCount <= 0 || messages.isEmpty() || hasNewer) {
      return null;
    }
    int counted = 0;
    for (int i = messages.size() - 1; i >= 0; i--) {
      Message message = messages.get(i);
      if (!myUserId.equals(message.senderId()) && ++counted == unreadCount) {
        return message.messageId();
      }
    }
    return messages.getFirst().messageId();
  }

  ObservableList<ChatLine> lines() {
    return lines;
  }

  boolean loaded() {
    return loaded;
  }

  boolean hasOlder() {
    return hasOlder;
  }

  /** Whether newer messages lie beyond those held (after a jump into older history). */
  boolean hasNewer() {
    return hasNewer;
  }

  /** Whether older messages than those shown are held, to be shown without asking the server. */
  boolean holdsOlder() {
    return window.heldAbove() > 0;
  }

  /** Whether newer messages than those shown are held, to be shown without asking the server. */
  boolean holdsNewer() {
    return window.heldBelow() > 0;
  }

  /** Whether the room's newest message is shown (nothing held or on the server lies below). */
  boolean showsNewest() {
    return window.heldBelow() == 0 && !hasNewer;
  }

  /** The message {@code messageId} among those held, or null. */
  Message held(String messageId) {
    if (!ids.contains(messageId)) {
      return null;
    }
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (messages.get(i).messageId().equals(messageId)) {
        return messages.get(i);
      }
    }
    return null;
  }

  private void remake(Message message) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      ChatLine line = lines.get(i);
      if (line.kind() == ChatLine.Kind.MESSAGE && line.key().equals(message.messageId())) {
        lines.set(i, rows.message(message, i == 0 ? null : lines.get(i - 1)));
        return;
      }
    }
  }

  /** The newest message held, the cursor for the next newer page. */
  String newestId() {
    return messages.isEmpty() ? null : messages.getLast().messageId();
  }

  /** The oldest message held, the cursor for the next older page. */
  String oldestId() {
    return messages.isEmpty() ? null : messages.getFirst().messageId();
  }

  private void keep(Message message) {
    if (ids.add(message.messageId())) {
      messages.add(message);
      tail.noteIfOwn(message);
    }
  }
}
