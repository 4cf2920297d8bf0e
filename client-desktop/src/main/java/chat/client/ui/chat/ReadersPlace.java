package chat.client.ui.chat;

import java.util.List;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Where the reader is in the chat list: a row on screen, and how far it is scrolled past the view's
 * top (negative when it starts below it). Rows going in above it, or out above or below it, move it
 * in the list; put back, it is where it was on screen, to the pixel.
 *
 * @param key the key of the row, or null when the list shows none
 * @param past how many pixels of that row are above the view's top (below it when negative)
 */
record ReadersPlace(String key, double past) {

  /**
   * Where the reader of {@code list} is now: the first message on screen (a day separator's key may
   * move to a new row of the same day), else the first row.
   */
  static ReadersPlace of(ListView<ChatLine> list) {
    if (!(flow(list) instanceof VirtualFlow<?> flow)
        || !(flow.getFirstVisibleCell() instanceof IndexedCell<?> first)
        || !(flow.getLastVisibleCell() instanceof IndexedCell<?> last)) {
      return new ReadersPlace(null, 0);
    }
    IndexedCell<?> chosen = first;
    for (int i = first.getIndex(); i <= last.getIndex(); i++) {
      if (flow.getVisibleCell(i) instanceof IndexedCell<?> cell
          && cell.getItem() instanceof ChatLine line
          && line.isMessage()) {
        chosen = cell;
        break;
      }
    }
    return chosen.getItem() instanceof ChatLine line
        ? new ReadersPlace(line.key(), -chosen.getLayoutY())
        : new ReadersPlace(null, 0);
  }

  /** Scrolls {@code list} back to this place, if its row is still there. */
  void restore(ListView<ChatLine> list) {
    List<ChatLine> rows = list.getItems();
    for (int i = 0; key != null && i < rows.size(); i++) {
      if (rows.get(i).key().equals(key)) {
        list.scrollTo(i);
        if (past != 0 && flow(list) instanceof VirtualFlow<?> flow) {
          list.layout(); // the row at the top first, then the pixels past it
          flow.scrollPixels(past);
        }
        return;
      }
    }
  }

  /** Whether the first row is on screen. */
  static boolean atFirstRow(ListView<ChatLine> list) {
    return flow(list) instanceof VirtualFlow<?> flow
        && flow.getFirstVisibleCell() instanceof IndexedCell<?> cell
        && cell.getIndex() == 0;
  }

  /** Whether the last row is on screen (a part of it is enough: it is being read). */
  static boolean atLastRow(ListView<ChatLine> list) {
    int last = list.getItems().size() - 1;
    if (last < 0 || !(flow(list) instanceof VirtualFlow<?> flow)) {
      return true;
    }
    return flow.getLastVisibleCell() instanceof IndexedCell<?> cell && cell.getIndex() >= last;
  }

  private static Object flow(ListView<ChatLine> list) {
    return list.lookup(".virtual-flow");
  }
}
