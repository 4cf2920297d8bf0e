package chat.client.app;

import chat.client.config.Settings;
import chat.client.config.Settings.WindowBounds;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Opens the window where the user left it, and remembers where that is. Bounds are saved half a
 * second after the window stops moving or resizing, and once more when the app closes; a maximized
 * window keeps the bounds it had before, so that un-maximizing restores them. Bounds that no
 * current screen shows (a monitor unplugged since) are ignored.
 */
final class WindowPlacement {

  /** How much of the window's top edge a screen must show for the bounds to be used. */
  private static final double VISIBLE_GRIP = 40;

  private final Stage stage;
  private final Settings settings;
  private final PauseTransition settle = new PauseTransition(Duration.millis(500));
  private WindowBounds normal;

  WindowPlacement(Stage stage, Settings settings) {
    this.stage = stage;
    this.settings = settings;
  }

  /**
   * Restores the saved bounds, if any screen shows them (otherwise the window gets {@code width} by
   * {@code height}), then follows the window's changes.
   */
  void restoreAndFollow(double width, double height) {
    List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
    settings
        .window()
        .filter(bounds -> onAScreen(bounds, screens))
        .ifPresentOrElse(
            bounds -> {
              stage.setX(bounds.x());
              stage.setY(bounds.y());
              stage.setWidth(bounds.width());
              stage.setHeight(bounds.height());
              stage.setMaximized(bounds.maximized());
              normal = bounds;
            },
            () -> {
              stage.setWidth(width);
              stage.setHeight(height);
            });
    settle.setOnFinished(event -> save());
    InvalidationListener changed =
        obs -> {
          if (!stage.isMaximized()) {
            normal = current();
          }
          settle.playFromStart();
        };
    stage.xProperty().addListener(changed);
    stage.yProperty().addListener(changed);
    stage.widthProperty().addListener(changed);
    stage.heightProperty().addListener(changed);
    stage.maximizedProperty().addListener(changed);
  }

  /** Saves the window's bounds now (the app is closing). */
  void save() {
    settle.stop();
    WindowBounds bounds = normal == null ? current() : normal;
    settings.setWindow(
        new WindowBounds(
            bounds.x(), bounds.y(), bounds.width(), bounds.height(), stage.isMaximized()));
  }

  private WindowBounds current() {
    return new WindowBounds(
        stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
  }

  /**
   * Whether one of {@code screens} shows the top edge of a window with these bounds, enough of it
   * to grab and move the window.
   */
  static boolean onAScreen(WindowBounds bounds, List<Rectangle2D> screens) {
    if (!(bounds.width() > 0 && bounds.height() > 0)) {
      return false;
    }
    Rectangle2D grip =
        new Rectangle2D(
            bounds.x(), bounds.y(), bounds.width(), Math.min(VISIBLE_GRIP, bounds.height()));
    return screens.stream()
        .anyMatch(
            screen -> {
              Rectangle2D shared = intersection(screen, grip);
              return shared != null && shared.getWidth() >= VISIBLE_GRIP && shared.getHeight() >= 1;
            });
  }

  private static Rectangle2D intersection(Rectangle2D a, Rectangle2D b) {
    double minX = Math.max(a.getMinX(), b.getMinX());
    double minY = Math.max(a.getMinY(), b.getMinY());
    double maxX = Math.min(a.getMaxX(), b.getMaxX());
    double maxY = Math.min(a.getMaxY(), b.getMaxY());
    return maxX > minX && maxY > minY
        ? new Rectangle2D(minX, minY, maxX - minX, maxY - minY)
        : null;
  }
}
