package chat.client.ui.chat;

import chat.client.net.Outbox;
import chat.protocol.model.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One room's messages as the chat list shows them: server order, one row per messageId (events,
 * acks and catch-up pages may repeat a message), a separator before each new day, the "New
 * messages" line above the first unread one, runs of one sender grouped under one header, and at
 * the end our messages the server refused and those still pending. New messages are appended in
 * place; only a page of older history, the first page or a moved "New messages" line rebuilds the
 * list. After a jump to a message found elsewhere (a search), it holds the window around that
 * message; while newer messages lie beyond the window, live ones wait for the newer pages.
 */
final class RoomTimeline {

  /** Messages of one sender closer together than this share one header. */
  static final long GROUP_GAP_MILLIS = 5 * 60_000L;

  private final String myUserId;
  private final ZoneId zone;
  private final List<Message> messages = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private final Set<String> ownClientMsgIds = new HashSet<>();
  private final ObservableList<ChatLine> lines = FXCollections.observableArrayList();
  private List<Outbox.Entry> pending = List.of();
  private final List<ChatLine> failed = new ArrayList<>();
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

  RoomTimeline(String myUserId, ZoneId zone) {
    this.myUserId = myUserId;
    this.zone = zone;
  }

  /** Appends a message as the newest; false when it was already here. */
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
    Message previous = messages.isEmpty() ? null : messages.getLast();
    messages.add(message);
    noteIfOwn(message);
    int at = lines.size() - tailSize();
    List<ChatLine> added = new ArrayList<>(2);
    ChatLine above = at == 0 ? null : lines.get(at - 1);
    if (previous == null || !day(previous).equals(day(message))) {
      above = ChatLine.day(dayLabel(day(message)), message.timestamp());
      added.add(above);
    }
    added.add(line(message, above));
    lines.addAll(at, added);
    if (pending.stream().anyMatch(this::sentAlready)) {
      setPending(pending); // our own message came back: its pending row goes at once
    } else if (tailSize() > 0) {
      rebuildTail(); // whether the tail's first row starts a group may have changed
    }
    return true;
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
    rebuild();
  }

  /**
   * Replaces what is held by the window around a message, oldest first: the messages just before
   * it, it, and those just after it. Without newer ones beyond, the window is the room's present.
   */
  void loadedAround(List<Message> window, boolean olderBeyond, boolean newerBeyond) {
    messages.clear();
    ids.clear();
    window.forEach(this::keep);
    heldBack.clear();
    loaded = true;
    hasOlder = olderBeyond;
    hasNewer = newerBeyond;
    firstUnreadId = null;
    rebuild();
  }

  /** A page of newer messages, oldest first, put after the window held. */
  void addedNewer(List<Message> page, boolean hasMore) {
    page.forEach(this::keep);
    hasNewer = hasMore;
    if (!hasMore) {
      heldBack.forEach(this::keep);
      heldBack.clear();
    }
    rebuild();
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
      rebuild();
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
    failed.add(
        new ChatLine(
            ChatLine.Kind.FAILED, clientMsgId, myUserId, null, content, now, true, false, reason));
    rebuildTail();
  }

  /** Forgets a refused message (it is being sent again); false when it was not here. */
  boolean forgetRefused(String key) {
    boolean removed = failed.removeIf(line -> line.key().equals(key));
    if (removed) {
      rebuildTail();
    }
    return removed;
  }

  /**
   * A page of older messages, oldest first, put before everything held; returns rows added. Only
   * the page's rows are made: the rows held stay, but for the day separator the page may now hold
   * and the header of the first message, which may now continue the page's last sender's run.
   */
  int addedOlder(List<Message> page, boolean hasMore) {
    List<Message> older = page.stream().filter(m -> !ids.contains(m.messageId())).toList();
    older.forEach(
        m -> {
          ids.add(m.messageId());
          noteIfOwn(m);
        });
    hasOlder = hasMore;
    if (older.isEmpty()) {
      return 0;
    }
    boolean heldAny = !messages.isEmpty();
    messages.addAll(0, older);
    if (!heldAny) {
      int before = lines.size();
      rebuild();
      return lines.size() - before;
    }
    List<ChatLine> rows = rowsOf(older);
    boolean sameDay =
        lines.getFirst().kind() == ChatLine.Kind.DAY
            && day(older.getLast()).equals(day(messages.get(older.size())));
    if (sameDay) {
      lines.removeFirst();
    }
    if (lines.getFirst().isMessage()) {
      lines.set(0, regrouped(lines.getFirst(), rows.getLast()));
    }
    lines.addAll(0, rows);
    return rows.size() - (sameDay ? 1 : 0);
  }

  /** Our messages to this room that wait for the server, shown last. */
  void setPending(List<Outbox.Entry> waiting) {
    pending = waiting.stream().filter(e -> !sentAlready(e)).toList();
    rebuildTail();
  }

  private int tailSize() {
    return failed.size() + pending.size();
  }

  /** Replaces the refused and pending rows after the last message. */
  private void rebuildTail() {
    int messagesEnd = lines.size();
    while (messagesEnd > 0 && isTail(lines.get(messagesEnd - 1))) {
      messagesEnd--;
    }
    List<ChatLine> tail = tailAfter(messagesEnd == 0 ? null : lines.get(messagesEnd - 1));
    lines.remove(messagesEnd, lines.size());
    lines.addAll(tail);
  }

  private static boolean isTail(ChatLine line) {
    return line.kind() == ChatLine.Kind.PENDING || line.kind() == ChatLine.Kind.FAILED;
  }

  private List<ChatLine> tailAfter(ChatLine above) {
    List<ChatLine> tail = new ArrayList<>(tailSize());
    for (ChatLine line : failed) {
      above = regrouped(line, above);
      tail.add(above);
    }
    for (Outbox.Entry entry : pending) {
      above = pendingLine(entry, above);
      tail.add(above);
    }
    return tail;
  }

  private ChatLine regrouped(ChatLine line, ChatLine above) {
    return new ChatLine(
        line.kind(),
        line.key(),
        line.senderId(),
        line.sender(),
        line.content(),
        line.timestamp(),
        line.own(),
        startsGroup(above, line.senderId(), line.timestamp()),
        line.note());
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

  /** The newest message held, the cursor for the next newer page. */
  String newestId() {
    return messages.isEmpty() ? null : messages.getLast().messageId();
  }

  /** The oldest message held, the cursor for the next older page. */
  String oldestId() {
    return messages.isEmpty() ? null : messages.getFirst().messageId();
  }

  private boolean sentAlready(Outbox.Entry entry) {
    return ownClientMsgIds.contains(entry.clientMsgId());
  }

  private void noteIfOwn(Message message) {
    if (myUserId.equals(message.senderId()) && message.clientMsgId() != null) {
      ownClientMsgIds.add(message.clientMsgId());
    }
  }

  private void keep(Message message) {
    if (ids.add(message.messageId())) {
      messages.add(message);
      noteIfOwn(message);
    }
  }

  private void rebuild() {
    List<ChatLine> rebuilt = rowsOf(messages);
    rebuilt.addAll(tailAfter(rebuilt.isEmpty() ? null : rebuilt.getLast()));
    lines.setAll(rebuilt);
  }

  /** The rows of {@code shown}, in order: day separators, the "New messages" line, messages. */
  private List<ChatLine> rowsOf(List<Message> shown) {
    List<ChatLine> rows = new ArrayList<>(shown.size() + tailSize() + 8);
    LocalDate current = null;
    ChatLine above = null;
    for (Message message : shown) {
      LocalDate day = day(message);
      if (!day.equals(current)) {
        above = ChatLine.day(dayLabel(day), message.timestamp());
        rows.add(above);
        current = day;
      }
      if (message.messageId().equals(firstUnreadId)) {
        above = ChatLine.unread(message.timestamp());
        rows.add(above);
      }
      above = line(message, above);
      rows.add(above);
    }
    return rows;
  }

  private ChatLine line(Message message, ChatLine above) {
    return new ChatLine(
        ChatLine.Kind.MESSAGE,
        message.messageId(),
        message.senderId(),
        message.senderName(),
        message.content(),
        message.timestamp(),
        myUserId.equals(message.senderId()),
        startsGroup(above, message.senderId(), message.timestamp()),
        "");
  }

  private ChatLine pendingLine(Outbox.Entry entry, ChatLine above) {
    return new ChatLine(
        ChatLine.Kind.PENDING,
        entry.clientMsgId(),
        myUserId,
        null,
        entry.content(),
        entry.createdAt(),
        true,
        startsGroup(above, myUserId, entry.createdAt()),
        "");
  }

  /** A new header unless the row above is a message of the same sender, recent enough. */
  private static boolean startsGroup(ChatLine above, String senderId, long timestamp) {
    return above == null
        || !above.isMessage()
        || !above.senderId().equals(senderId)
        || timestamp - above.timestamp() > GROUP_GAP_MILLIS;
  }

  private LocalDate day(Message message) {
    return LocalDate.ofInstant(Instant.ofEpochMilli(message.timestamp()), zone);
  }

  private String dayLabel(LocalDate day) {
    LocalDate today = LocalDate.now(zone);
    if (day.equals(today)) {
      return "Today";
    }
    if (day.equals(today.minusDays(1))) {
      return "Yesterday";
    }
    return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL));
  }
}
