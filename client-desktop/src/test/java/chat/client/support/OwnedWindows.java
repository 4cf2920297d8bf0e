package chat.client.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * One app's windows among all the JVM's: its stage, and the windows that stage owns, directly or
 * through one it owns (a dialog, a popup, a context menu and its submenus).
 */
final class OwnedWindows {

  private final Stage stage;

  OwnedWindows(Stage stage) {
    this.stage = stage;
  }

  /** The stage first, then the windows it owns that show now. */
  List<Window> all() {
    List<Window> windows = new ArrayList<>();
    windows.add(stage);
    for (Window window : List.copyOf(Window.getWindows())) {
      if (window != stage && ownedBy(window, stage)) {
        windows.add(window);
      }
    }
    return windows;
  }

  /** The roots of {@link #all()}'s scenes, where a lookup in these windows starts. */
  List<Node> roots() {
    return all().stream()
        .map(Window::getScene)
        .filter(Objects::nonNull)
        .<Node>map(Scene::getRoot)
        .toList();
  }

  private static boolean ownedBy(Window window, Window owner) {
    for (Window at = ownerOf(window); at != null; at = ownerOf(at)) {
      if (at == owner) {
        return true;
      }
    }
    return false;
  }

  private static Window ownerOf(Window window) {
    return switch (window) {
      case Stage stage -> stage.getOwner();
      case PopupWindow popup -> popup.getOwnerWindow();
      default -> null;
    };
  }
}
