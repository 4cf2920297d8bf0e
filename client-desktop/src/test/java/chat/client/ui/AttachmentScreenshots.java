package chat.client.ui;

import chat.client.support.AppDriver;
import chat.client.support.Peer;
import chat.client.support.Png;
import chat.client.support.ScreenshotStage;
import chat.protocol.model.RoomVisibility;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes {@code attachments.png}: the tray above the composer in the light theme, with two files
 * uploaded and ready, and one refused as over the server's 25 MiB limit (only ✕ beside it), on a
 * real server. Run it with {@code -Dscreenshots=true}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class AttachmentScreenshots {

  @TempDir Path dir;

  @Test
  void theTrayWithFilesReadyAndOneTooLarge() throws IOException {
    try (ScreenshotStage stage = ScreenshotStage.start(dir, "bob")) {
      Peer bob = stage.peer("bob");
      String general =
          bob.createRoom("general", RoomVisibility.PUBLIC, stage.aliceAndOthers()).roomId();
      bob.say(general, "Could you send the mockups and the notes before the review?");

      WritableImage mockup = new WritableImage(320, 200);
      for (int x = 0; x < 320; x++) {
        for (int y = 0; y < 200; y++) {
          mockup.getPixelWriter().setColor(x, y, Color.rgb(40 + x / 4, 90 + y / 3, 200));
        }
      }
      Path png = dir.resolve("design-mockup.png");
      Png.write(mockup, png);
      Path notes = Files.writeString(dir.resolve("review notes.md"), "# Review\n".repeat(2000));
      Path video = dir.resolve("screen-recording.mov");
      try (RandomAccessFile sparse = new RandomAccessFile(video.toFile(), "rw")) {
        sparse.setLength(40L * 1024 * 1024);
      }

      AppDriver app = stage.appSignedIn(1);
      app.openRoom("general");
      app.chooseTheme("#theme-light");
      app.dropFiles(png, notes, video);
      AppDriver.waitFor(
          "two ready, one refused",
          () ->
              app.texts("#attachments .attachment-state")
                  .equals(List.of("Ready", "Ready", "Too large: limit 25 MiB")));
      app.click("#composer");
      app.robot().write("Here they are: the mockup and my notes.");
      app.snapshot("attachments.png");
    }
  }
}
