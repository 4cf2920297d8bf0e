package chat.client.ui.main;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.BooleanProperty;

/**
 * The panels that Esc closes, newest first: a panel over the window, the rooms drawer of a narrow
 * window, the members pane, or any other pane with an "open" flag. Each Esc closes the most
 * recently opened one that is still open; with none open, Esc is left to the focused control.
 */
public final class OpenPanels {

  private final Deque<BooleanProperty> open = new ArrayDeque<>();

  /** Lets Esc close the panel {@code isOpen} stands for, by setting it to false. */
  public void closesOnEscape(BooleanProperty isOpen) {
    if (isOpen.get()) {
      open.push(isOpen);
    }
    isOpen.addListener(
        (obs, was, now) -> {
          open.remove(isOpen);
          if (now) {
            open.push(isOpen);
          }
        });
  }

  /** Closes the newest open panel; false when none was open. */
  public boolean closeNewest() {
    BooleanProperty newest = open.peek();
    if (newest == null) {
      return false;
    }
    newest.set(false);
    return true;
  }
}
