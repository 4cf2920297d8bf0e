package chat.client.ui.chat;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.ListChangeListener;

/**
 * Where the conversation scrolls as its rows change: a room opens at its "New messages" line (or at
 * the newest row), new messages are followed while the reader is at the bottom and counted as
 * unseen otherwise (shown or not: the list may show a window of older messages), a message of ours
 * being sent is always followed, as is the return to the newest rows that the reader asks for, and
 * a page of older or newer history moves nothing (the view keeps the reader's place). Each method
 * answers the row to scroll to, or {@link #STAY}.
 */
public final class FollowNewest {

  /** Scroll nowhere. */
  public static final int STAY = -1;

  private final ReadOnlyIntegerWrapper unseen = new ReadOnlyIntegerWrapper();
  private boolean atBottom = true;
  private boolean followNext;

  /** A room's rows are shown: its "New messages" line, or its newest row. */
  public int opened(List<? extends ChatLine> rows) {
    unseen.set(0);
    followNext = false;
    int unread = indexOfUnread(rows);
    atBottom = unread < 0;
    return unread < 0 ? rows.size() - 1 : unread;
  }

  /**
   * The shown rows changed. {@code page} is true while a page of older or newer history is put in:
   * the view keeps the reader's place itself.
   */
  public int changed(ListChangeListener.Change<? extends ChatLine> change, boolean page) {
    List<? extends ChatLine> rows = change.getList();
    int newMessages = 0;
    boolean rebuilt = false;
    boolean added = false;
    while (change.next()) {
      if (!change.wasAdded() || page) {
        continue; // rows of older or newer history: nothing new
      }
      if (changedInPlace(change)) {
        continue; // a message edited, deleted or reacted to: nothing new
      }
      added = true;
      rebuilt |= change.getFrom() == 0 && change.getAddedSize() == rows.size();
      for (ChatLine row : change.getAddedSubList()) {
        if (row.kind() == ChatLine.Kind.MESSAGE && !row.own()) {
          newMessages++;
        }
      }
    }
    if (rebuilt) {
      return followNext ? toNewest(rows) : opened(rows);
    }
    if ((followNext || atBottom) && added) { // ours from elsewhere too: at the bottom, it stays
      return toNewest(rows);
    }
    unseen.set(unseen.get() + newMessages);
    return STAY;
  }

  /** We are sending a message: its row will be followed however far up the reader is. */
  public void sending() {
    followNext = true;
  }

  /** The newest rows are about to be shown again (the reader asked): they will be followed. */
  public void returningToNewest() {
    followNext = true;
  }

  /** A message from someone arrived below the rows shown: it counts as unseen. */
  public void arrivedBelow() {
    unseen.set(unseen.get() + 1);
  }

  /** Whether the reader is at the newest row, following what arrives. */
  public boolean atBottom() {
    return atBottom;
  }

  /** The reader scrolled: at the bottom, everything is seen. */
  public void scrolled(boolean toBottom) {
    atBottom = toBottom;
    if (toBottom) {
      unseen.set(0);
    }
  }

  /** The "↓ N new" button: to the newest row. */
  public int toNewest(List<? extends ChatLine> rows) {
    followNext = false;
    atBottom = true;
    unseen.set(0);
    return rows.size() - 1;
  }

  /** Messages from others that arrived below the reader's place since it was last at the bottom. */
  public ReadOnlyIntegerProperty unseenProperty() {
    return unseen.getReadOnlyProperty();
  }

  /** Whether the change replaced one row by the same message, changed. */
  private static boolean changedInPlace(ListChangeListener.Change<? extends ChatLine> change) {
    return change.wasReplaced()
        && change.getAddedSize() == 1
        && change.getRemovedSize() == 1
        && change.getAddedSubList().getFirst().key().equals(change.getRemoved().getFirst().key());
  }

  private static int indexOfUnread(List<? extends ChatLine> rows) {
    for (int i = rows.size() - 1; i >= 0; i--) {
      if (rows.get(i).kind() == ChatLine.Kind.UNREAD) {
        return i;
      }
    }
    return STAY;
  }
}
