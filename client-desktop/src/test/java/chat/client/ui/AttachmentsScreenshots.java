package chat.client.ui;

import chat.client.support.AppDriver;
import chat.client.support.Peer;
import chat.client.support.Png;
import chat.client.support.SampleFiles;
import chat.client.support.ScreenshotStage;
import chat.client.ui.chat.ChatLine;
import chat.protocol.model.Attachment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes {@code files.png} (light theme: a photo inline in its message, and a message with a PDF, a
 * zip and a text file as cards) and {@code image-viewer.png} (that photo opened large). Not part of
 * the normal build: run with {@code -Dscreenshots=true}; the files go to {@code screenshots.dir}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class AttachmentsScreenshots {

  private static final String PHOTO = "Sunset from the roof terrace after the offsite.";
  private static final String FILES = "Here are the Q4 report, the brand assets and my notes.";

  @TempDir Path dir;

  @Test
  void anImageInlineCardsAndTheViewer() {
    try (ScreenshotStage stage = ScreenshotStage.start(dir, "bob", "carol")) {
      String general = stage.general();
      Peer bob = stage.peer("bob");
      Peer carol = stage.peer("carol");
      Attachment sunset = bob.upload(general, "roof-terrace.png", SampleFiles.sunset(1200, 800));
      bob.say(general, PHOTO, List.of(sunset));
      Attachment report = carol.upload(general, "Q4 report.pdf", SampleFiles.pdf(2_516_582, 4));
      Attachment assets =
          carol.upload(
              general, "brand-assets.zip", SampleFiles.zip("logo.svg", "colours.txt", "fonts.txt"));
      Attachment notes =
          carol.upload(
              general,
              "meeting-notes.txt",
              "Decisions: ship 1.0 on Friday.\n".getBytes(StandardCharsets.UTF_8));
      carol.say(general, FILES, List.of(report, assets, notes));

      AppDriver app = stage.appSignedIn(1);
      app.openRoom("general");
      AppDriver.waitFor(
          "the photo and the cards",
          () ->
              onFx(
                  app,
                  () ->
                      loaded(app.messages().cellShowing(PHOTO))
                          && app.messages().cellShowing(FILES) != null
                          && app.messages().cellShowing(FILES).lookupAll(".file-card").size()
                              == 3));
      app.chooseTheme("#theme-light");
      app.robot()
          .interact(
              () -> {
                ListView<ChatLine> list = app.list("#messages");
                list.scrollTo(list.getItems().size() - 1);
              });
      app.snapshot("files.png");

      app.robot()
          .clickOn(
              onFx(app, () -> app.messages().cellShowing(PHOTO).lookup(".attachment-thumbnail")));
      AppDriver.waitFor(
          "the viewer",
          () ->
              onFx(
                  app,
                  () ->
                      app.robot()
                          .lookup("#viewer-image")
                          .tryQuery()
                          .map(n -> (ImageView) n)
                          .filter(v -> v.getImage() != null)
                          .isPresent()));
      WaitForAsyncUtils.waitForFxEvents();
      AtomicReference<WritableImage> viewer = new AtomicReference<>();
      app.robot()
          .interact(
              () ->
                  viewer.set(
                      app.robot().lookup("#image-viewer").query().getScene().snapshot(null)));
      Png.write(viewer.get(), AppDriver.screenshotFile("image-viewer.png"));
    }
  }

  private static boolean loaded(ListCell<?> cell) {
    Node image = cell == null ? null : cell.lookup(".attachment-thumbnail");
    return image instanceof ImageView view && view.getImage() != null;
  }

  private static <T> T onFx(AppDriver app, java.util.concurrent.Callable<T> read) {
    AtomicReference<T> value = new AtomicReference<>();
    app.robot()
        .interact(
            () -> {
              try {
                value.set(read.call());
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    return value.get();
  }
}
