package chat.client.support;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of one app's window written as PNG files into the screenshots folder: kept apart from
 * {@link AppDriver} because drawing popups over their window is a job of its own.
 */
final class WindowSnapshots {

  private final FxRobot robot;
  private final Stage stage;

  WindowSnapshots(FxRobot robot, Stage stage) {
    this.robot = robot;
    this.stage = stage;
  }

  /**
   * The file {@code name} in the screenshots folder: {@code screenshots.dir}, {@code
   * docs/screenshots} by default.
   */
  static Path screenshotFile(String name) {
    return Path.of(System.getProperty("screenshots.dir", "docs/screenshots")).resolve(name);
  }

  /** Writes what the window shows now to {@code name} (a PNG) in {@link #screenshotFile}. */
  void window(String name) {
    Path out = screenshotFile(name);
    WaitForAsyncUtils.waitForFxEvents();
    AtomicReference<WritableImage> image = new AtomicReference<>();
    robot.interact(() -> image.set(stage.getScene().snapshot(null)));
    Png.write(image.get(), out);
  }

  /**
   * Like {@link #window}, with the popups open over the window (suggestions, pickers) drawn where
   * they are: a scene's snapshot holds only its own window.
   */
  void withPopups(String name) {
    Path out = screenshotFile(name);
    WaitForAsyncUtils.waitForFxEvents();
    AtomicReference<WritableImage> image = new AtomicReference<>();
    robot.interact(
        () -> {
          Scene scene = stage.getScene();
          WritableImage window = scene.snapshot(null);
          SnapshotParameters transparent = new SnapshotParameters();
          transparent.setFill(Color.TRANSPARENT);
          for (Window popup : Window.getWindows()) {
            if (popup instanceof PopupWindow shown && shown.getOwnerWindow() == stage) {
              Parent content = shown.getScene().getRoot();
              Bounds at = content.localToScreen(content.getBoundsInLocal());
              Png.drawOver(
                  window,
                  content.snapshot(transparent, null),
                  (int) Math.round(at.getMinX() - stage.getX() - scene.getX()),
                  (int) Math.round(at.getMinY() - stage.getY() - scene.getY()));
            }
          }
          image.set(window);
        });
    Png.write(image.get(), out);
  }
}
