package chat.client.ui.chat;

import chat.protocol.model.Message;
import java.util.List;
import javafx.collections.ObservableList;

/**
 * Which of a room's held messages its list shows: a window of at most {@link #SHOWN} + {@link
 * #STEP} consecutive ones, so that what the list costs per frame does not grow with the room. It
 * slides by {@link #STEP} when the reader reaches either of its ends, and its far end gives way
 * past that size. Rows are added and removed in place, so that the rows on screen stay; only a
 * return to the newest or a new set of messages rebuilds the list.
 */
final class TimelineWindow {

  /** How many messages the window keeps when one of its ends gives way. */
  static final int SHOWN = 1_000;

  /** How many held messages a slide shows; an end gives way past {@link #SHOWN} + this. */
  static final int STEP = 250;

  private final List<Message> messages;
  private final ChatRows rows;
  private final ObservableList<ChatLine> lines;
  private final TimelineTail tail;
  private int from;
  private int to;
  private String firstUnreadId;

  /**
   * @param messages the room's messages held, oldest first, which the window indexes
   * @param lines the room's rows: those of the window's messages, then the tail's
   */
  TimelineWindow(
      List<Message> messages, ChatRows rows, ObservableList<ChatLine> lines, TimelineTail tail) {
    this.messages = messages;
    this.rows = rows;
    this.lines = lines;
    this.tail = tail;
  }

  /** Held messages above the window. */
  int heldAbove() {
    return from;
  }

  /** Held messages below the window. */
  int heldBelow() {
    return messages.size() - to;
  }

  /** Shows the newest {@link #SHOWN} messages held, with the "New messages" line above one. */
  void showNewest(String firstUnread) {
    firstUnreadId = firstUnread;
    from = Math.max(0, messages.size() - SHOWN);
    to = messages.size();
    rebuild();
  }

  /** {@code count} messages went in before all held, which the window reaches: shows them. */
  int putAbove(int count) {
    from += count;
    to += count;
    return showAbove(count);
  }

  /** Shows the {@code count} held messages just above the window; returns rows added. */
  int showAbove(int count) {
    if (count == 0) {
      return 0;
    }
    int before = lines.size();
    from -= count;
    if (from + count == to) {
      rebuild();
      return lines.size() - before;
    }
    List<ChatLine> above = rows.of(messages.subList(from, from + count), firstUnreadId);
    boolean sameDay =
        lines.getFirst().kind() == ChatLine.Kind.DAY
            && rows.sameDay(messages.get(from + count - 1), messages.get(from + count));
    if (sameDay) {
      lines.removeFirst();
    }
    if (lines.getFirst().isMessage()) {
      lines.set(0, ChatRows.regrouped(lines.getFirst(), above.getLast()));
    }
    lines.addAll(0, above);
    int added = lines.size() - before;
    dropNewest();
    return added;
  }

  /** Shows the {@code count} held messages just below the window, above the tail. */
  void showBelow(int count) {
    if (count == 0) {
      return;
    }
    List<ChatLine> below = rows.of(messages.subList(to, to + count), firstUnreadId);
    int at = lines.size() - tail.size();
    if (to > from && rows.sameDay(messages.get(to - 1), messages.get(to))) {
      below.removeFirst();
      if (below.getFirst().isMessage()) {
        below.set(0, ChatRows.regrouped(below.getFirst(), lines.get(at - 1)));
      }
    }
    to += count;
    lines.addAll(at, below);
    tail.rebuild(); // whether the tail's first row starts a group may have changed
  }

  /**
   * Past {@link #SHOWN} + {@link #STEP} messages shown, stops showing the oldest of them, down to
   * {@link #SHOWN}. The first one left gets its day separator and its header.
   */
  void dropOldest() {
    if (to - from <= SHOWN + STEP) {
      return;
    }
    from = to - SHOWN;
    String firstKey = messages.get(from).messageId();
    int row = 0;
    while (!lines.get(row).key().equals(firstKey)) {
      row++;
    }
    while (row > 0 && !lines.get(row - 1).isMessage()) {
      row--; // its day separator or the "New messages" line stays above it
    }
    lines.remove(0, row);
    if (lines.getFirst().kind() != ChatLine.Kind.DAY) {
      lines.addFirst(rows.dayOf(messages.get(from)));
    }
    int first = 0;
    while (!lines.get(first).isMessage()) {
      first++;
    }
    lines.set(first, ChatRows.regrouped(lines.get(first), null));
  }

  /**
   * Past {@link #SHOWN} + {@link #STEP} shown, stops showing the newest, down to {@link #SHOWN}.
   */
  private void dropNewest() {
    if (to - from <= SHOWN + STEP) {
      return;
    }
    to = from + SHOWN;
    String firstHidden = messages.get(to).messageId();
    int row = lines.size() - tail.size() - 1;
    while (!lines.get(row).key().equals(firstHidden)) {
      row--;
    }
    while (!lines.get(row - 1).isMessage()) {
      row--;
    }
    lines.remove(row, lines.size() - tail.size());
    tail.rebuild();
  }

  /** The held message at {@code index} changed to {@code now}: its row shows it, if shown. */
  void changed(int index, Message now) {
    if (index < from || index >= to) {
      return;
    }
    for (int row = lines.size() - tail.size() - 1; row >= 0; row--) {
      if (lines.get(row).key().equals(now.messageId())) {
        lines.set(row, ChatRows.changed(lines.get(row), now));
        return;
      }
    }
  }

  /** Makes the rows again: the "New messages" line moved, or the window is a new one. */
  void rebuild(String firstUnread) {
    firstUnreadId = firstUnread;
    rebuild();
  }

  private void rebuild() {
    List<ChatLine> rebuilt = rows.of(messages.subList(from, to), firstUnreadId);
    rebuilt.addAll(tail.after(rebuilt.isEmpty() ? null : rebuilt.getLast()));
    lines.setAll(rebuilt);
  }
}
