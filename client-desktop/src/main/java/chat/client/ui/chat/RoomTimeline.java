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
 * acks and catch-up pages may repeat a message), a separator before each new day, and our pending
 * messages at the end. New messages are appended in place; only a page of older history rebuilds
 * the list.
 */
final class RoomTimeline {

  private final String myUserId;
  private final ZoneId zone;
  private final List<Message> messages = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private final Set<String> ownClientMsgIds = new HashSet<>();
  private final ObservableList<ChatLine> lines = FXCollections.observableArrayList();
  private List<Outbox.Entry> pending = List.of();
  private boolean loaded;
  private boolean hasOlder = true;

  RoomTimeline(String myUserId, ZoneId zone) {
    this.myUserId = myUserId;
    this.zone = zone;
  }

  /** Appends a message as the newest; false when it was already here. */
  boolean add(Message message) {
    if (!ids.add(message.messageId())) {
      return false;
    }
    Message previous = messages.isEmpty() ? null : messages.getLast();
    messages.add(message);
    noteIfOwn(message);
    int at = lines.size() - pending.size();
    List<ChatLine> added = new ArrayList<>(2);
    if (previous == null || !day(previous).equals(day(message))) {
      added.add(ChatLine.day(dayLabel(day(message)), message.timestamp()));
    }
    added.add(line(message));
    lines.addAll(at, added);
    if (pending.stream().anyMatch(this::sentAlready)) {
      setPending(pending); // our own message came back: its pending row goes at once
    }
    return true;
  }

  /** The newest page, fetched when the room is first opened; what arrived before it stays after. */
  void loadedNewest(List<Message> page, boolean hasMore) {
    List<Message> live = List.copyOf(messages);
    messages.clear();
    ids.clear();
    page.forEach(this::keep);
    live.forEach(this::keep);
    loaded = true;
    hasOlder = hasMore;
    rebuild();
  }

  /** A page of older messages, oldest first, put before everything held; returns rows added. */
  int addedOlder(List<Message> page, boolean hasMore) {
    List<Message> older = page.stream().filter(m -> !ids.contains(m.messageId())).toList();
    older.forEach(
        m -> {
          ids.add(m.messageId());
          noteIfOwn(m);
        });
    messages.addAll(0, older);
    hasOlder = hasMore;
    int before = lines.size();
    rebuild();
    return lines.size() - before;
  }

  /** Our messages to this room that wait for the server, shown last. */
  void setPending(List<Outbox.Entry> waiting) {
    lines.remove(lines.size() - pending.size(), lines.size());
    pending = waiting.stream().filter(e -> !sentAlready(e)).toList();
    pending.forEach(e -> lines.add(pendingLine(e)));
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
    List<ChatLine> rebuilt = new ArrayList<>(messages.size() + pending.size() + 8);
    LocalDate current = null;
    for (Message message : messages) {
      LocalDate day = day(message);
      if (!day.equals(current)) {
        rebuilt.add(ChatLine.day(dayLabel(day), message.timestamp()));
        current = day;
      }
      rebuilt.add(line(message));
    }
    pending.forEach(e -> rebuilt.add(pendingLine(e)));
    lines.setAll(rebuilt);
  }

  private ChatLine line(Message message) {
    return new ChatLine(
        ChatLine.Kind.MESSAGE,
        message.messageId(),
        message.senderName(),
        message.content(),
        message.timestamp(),
        myUserId.equals(message.senderId()));
  }

  private static ChatLine pendingLine(Outbox.Entry entry) {
    return new ChatLine(
        ChatLine.Kind.PENDING, entry.clientMsgId(), null, entry.content(), entry.createdAt(), true);
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
