package chat.client.ui;

import chat.client.support.AppDriver;
import chat.client.support.Peer;
import chat.client.support.Png;
import chat.client.support.ScreenshotStage;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes {@code emoji.png}: a conversation with colour emoji (a ZWJ family, flags, skin tones) and
 * the emoji picker open. Run with {@code -Dscreenshots=true}. The picker is a popup window, so it
 * is drawn onto the window's picture where it stands.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class EmojiScreenshots {

  @TempDir Path dir;

  @Test
  void aConversationWithEmojiAndThePickerOpen() {
    try (ScreenshotStage stage = ScreenshotStage.start(dir, "bob", "carol")) {
      Peer bob = stage.peer("bob");
      Peer carol = stage.peer("carol");
      String general = stage.general();
      bob.say(general, "Release 1.0 is out \uD83C\uDF89\uD83D\uDE80 Thanks everyone!");
      carol.say(general, "\uD83D\uDC4F\uD83C\uDFFD\uD83D\uDC4F\uD83C\uDFFD Great work, team ❤️");
      bob.say(
          general,
          "Greetings from the offices in \uD83C\uDDEB\uD83C\uDDF7 \uD83C\uDDE9\uD83C\uDDEA"
              + " \uD83C\uDDEF\uD83C\uDDF5 and from my "
              + "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66 at home");

      AppDriver app = stage.appSignedIn(1);
      app.openRoom("general");
      AppDriver.waitFor("the messages", () -> app.list("#messages").getItems().size() >= 3);
      app.say("\uD83D\uDE02 Party tonight? \uD83C\uDF55\uD83C\uDF7B");
      app.click("#composer");
      app.robot().write("Count me in \uD83D\uDE4B ");
      app.click("#emoji");
      AppDriver.waitFor("the picker", () -> app.exists("#emoji-picker"));
      write(app, "emoji.png");
    }
  }

  /** The window's picture with the picker's drawn over it where it stands on screen. */
  private static void write(AppDriver app, String name) {
    AtomicReference<Image> picture = new AtomicReference<>();
    app.robot()
        .interact(
            () -> {
              Node root = app.stage().getScene().getRoot();
              Node picker = app.robot().lookup("#emoji-picker").query();
              Bounds at = picker.localToScreen(picker.getBoundsInLocal());
              Point2D origin = root.localToScreen(0, 0);
              ImageView window = new ImageView(app.stage().getScene().snapshot(null));
              ImageView popup = new ImageView(picker.snapshot(null, null));
              popup.setX(at.getMinX() - origin.getX());
              popup.setY(at.getMinY() - origin.getY());
              WritableImage image =
                  new Group(window, popup)
                      .snapshot(
                          null,
                          new WritableImage(
                              (int) window.getImage().getWidth(),
                              (int) window.getImage().getHeight()));
              picture.set(image);
            });
    Png.write(picture.get(), AppDriver.screenshotFile(name));
  }
}
