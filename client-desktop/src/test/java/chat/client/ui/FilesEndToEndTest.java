package chat.client.ui;

import static chat.client.support.TimelineFiles.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.SampleFiles;
import chat.client.support.TimelineFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files sent from the real app and shown in the real apps, through a real server: an image pasted
 * and sent shows as its thumbnail in the sender's app and in the other member's, and a PDF dropped
 * and sent shows as a card whose Save… writes the same bytes. Alice and bob each run an app of
 * their own, side by side in this JVM.
 */
class FilesEndToEndTest {

  @RegisterExtension final AppAndServer both = AppAndServer.aliceAndBobInApps();
  @TempDir Path files;

  @BeforeEach
  void start() {
    both.bobsRoomOpenInBothApps("lobby");
  }

  @Test
  void aPastedImageSentShowsTheSameThumbnailInAlicesAppAndInBobs() {
    timeline().pasteImage(SampleFiles.png(400, 300));
    AppDriver.waitFor("the upload", () -> states().equals(List.of("Ready")));
    both.app().say("my halves");

    assertThumbnailOfHalves(timeline(), "alice's");
    assertThumbnailOfHalves(new TimelineFiles(both.bobsApp()), "bob's");
  }

  /** The row "my halves" shows the server's 320-pixel thumbnail of the sample image. */
  private static void assertThumbnailOfHalves(TimelineFiles timeline, String whose) {
    AppDriver.waitFor(
        "the image in " + whose + " row",
        () -> onFx(() -> timeline.thumbnail("my halves") != null));
    Image shown = onFx(() -> timeline.thumbnail("my halves").getImage());
    assertThat(shown.getWidth()).as(whose + " 320-pixel thumbnail").isEqualTo(320);
    assertThat(shown.getHeight()).isEqualTo(240);
    assertRedThenBlue(shown);
  }

  @Test
  void aDroppedPdfShowsAsACardAndSaveWritesItsBytes() throws IOException {
    byte[] pdf = SampleFiles.pdf(120_000, 11);
    Path report = Files.write(files.resolve("Q4 report.pdf"), pdf);

    both.app().dropFiles(report);
    AppDriver.waitFor("the upload", () -> states().equals(List.of("Ready")));
    both.app().say("the report");

    AppDriver.waitFor(
        "the card in alice's row",
        () -> onFx(() -> timeline().inRow("the report", ".file-card") != null));
    assertThat(timeline().labelInRow("the report", ".file-name")).isEqualTo("Q4 report.pdf");
    assertThat(timeline().labelInRow("the report", ".file-badge")).isEqualTo("PDF");

    Path target = files.resolve("saved.pdf");
    AtomicReference<String> offered = timeline().saveChooserAnswering(target);
    both.app().click(onFx(() -> timeline().inRow("the report", ".file-save")));

    AppDriver.waitFor(
        "saved", () -> timeline().labelInRow("the report", ".file-status").startsWith("Saved to"));
    assertThat(offered.get()).isEqualTo("Q4 report.pdf");
    assertThat(Files.readAllBytes(target)).isEqualTo(pdf);
  }

  /** The sample image's halves: red on the left, blue on the right. */
  private static void assertRedThenBlue(Image image) {
    assertThat(image.getPixelReader().getColor(40, 120).getRed()).isGreaterThan(0.8);
    assertThat(image.getPixelReader().getColor(40, 120).getBlue()).isLessThan(0.2);
    assertThat(image.getPixelReader().getColor(280, 120).getBlue()).isGreaterThan(0.8);
    assertThat(image.getPixelReader().getColor(280, 120).getRed()).isLessThan(0.2);
  }

  private TimelineFiles timeline() {
    return new TimelineFiles(both.app());
  }

  private List<String> states() {
    return both.app().texts("#attachments .attachment-state");
  }
}
