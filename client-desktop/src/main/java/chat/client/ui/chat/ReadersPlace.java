package chat.client.ui.chat;

import java.util.List;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Where the reader is in the chat list: the row at the top of the view, and how far it is scrolled
 * past the view's top. Rows going in above it, or out above or below it, move it in the list; put
 * back, it is where it was on screen, to the pixel.
 *
 * @param key the key of the row at the top, or null when the list shows none
 * @param past how many pixels of that row are above the view's top
 */
record ReadersPlace(String key, double past) {

  /** Where the reader of {@code list} is now. */
  static ReadersPlace of(ListView<ChatLine> list) {
    if (flow(list) instanceof VirtualFlow<?> flow
        && flow.getFirstVisibleCell() instanceof IndexedCell<?> cell
        && cell.getItem() instanceof ChatLine line) {
      return new ReadersPlace(line.key(), Math.max(0, -cell.getLayoutY()));
    }
    return new ReadersPlace(null, 0);
  }

  /** Scrolls {@code list} back to this place, if its row is still there. */
  void restore(ListView<ChatLine> list) {
    List<ChatLine> rows = list.getItems();
    for (int i = 0; key != null && i < rows.size(); i++) {
      if (rows.get(i).key().equals(key)) {
        list.scrollTo(i);
        if (past > 0 && flow(list) instanceof VirtualFlow<?> flow) {
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
