package chat.client.ui.settings;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls a panel so that the control with the focus is in view: a {@code ScrollPane} does not do
 * it by itself, and someone who moves through the settings with Tab would otherwise type into a
 * field they cannot see.
 */
final class FocusInView {

  private FocusInView() {}

  /** Follows the focus within {@code content}, the scroll pane's content, while it is shown. */
  static void keep(ScrollPane scroll, Node content) {
    ChangeListener<Node> focus = (obs, was, now) -> reveal(scroll, content, now);
    scroll
        .sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (old != null) {
                old.focusOwnerProperty().removeListener(focus);
              }
              if (scene != null) {
                scene.focusOwnerProperty().addListener(focus);
              }
            });
  }

  private static void reveal(ScrollPane scroll, Node content, Node focused) {
    if (focused == null || !inside(focused, content)) {
      return;
    }
    double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
    if (hidden <= 0) {
      return;
    }
    Bounds at = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
    double top = scroll.getVvalue() * hidden;
    double viewport = scroll.getViewportBounds().getHeight();
    if (at.getMinY() < top) {
      scroll.setVvalue(at.getMinY() / hidden);
    } else if (at.getMaxY() > top + viewport) {
      scroll.setVvalue(Math.min(1, (at.getMaxY() - viewport) / hidden));
    }
  }

  private static boolean inside(Node node, Node ancestor) {
    for (Node at = node; at != null; at = at.getParent()) {
      if (at == ancestor) {
        return true;
      }
    }
    return false;
  }
}
