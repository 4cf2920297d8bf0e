package chat.client.ui;

import static chat.client.support.TimelineFiles.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.SampleFiles;
import chat.client.support.TimelineFiles;
import chat.protocol.model.Attachment;
import chat.protocol.model.Message;
import java.io.ByteArrayInputStream;
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
 * Files sent from the real app and shown in the real app, through a real server: an image pasted
 * and sent shows as its thumbnail in the sender's own timeline, and a PDF dropped and sent shows as
 * a card whose Save… writes the same bytes.
 *
 * <p>The other member, bob, is a {@link chat.client.support.Peer} and not a second app: the test
 * support runs one app per JVM: {@code AppDriver.launch} starts it on TestFX's one primary stage,
 * and the driver's lookups search every window, so a second app's {@code #composer} would clash.
 * Bob sees the image as the server gives it to every app: the message arrives with the file, and
 * its {@code thumbnailUrl} downloads to a 320-pixel image, the one an app shows inline ({@link
 * AttachmentsShownTest} shows the app receiving such a message from another member).
 */
class FilesEndToEndTest {

  @RegisterExtension final AppAndServer both = AppAndServer.aliceWithBob();
  @TempDir Path files;

  @BeforeEach
  void start() {
    both.bobsRoomJoined("lobby");
  }

  @Test
  void aPastedImageSentShowsItsThumbnailInTheSendersAppAndTheOthers() throws IOException {
    timeline().pasteImage(SampleFiles.png(400, 300));
    AppDriver.waitFor("the upload", () -> states().equals(List.of("Ready")));
    both.app().say("my halves");

    AppDriver.waitFor(
        "the image in alice's row", () -> onFx(() -> timeline().thumbnail("my halves") != null));
    Image mine = onFx(() -> timeline().thumbnail("my halves").getImage());
    assertThat(mine.getWidth()).as("the server's 320-pixel thumbnail").isEqualTo(320);
    assertThat(mine.getHeight()).isEqualTo(240);
    assertRedThenBlue(mine);

    Message received = both.bob().received("my halves");
    Attachment image = received.attachments().getFirst();
    assertThat(received.attachments()).hasSize(1);
    assertThat(image.mimeType()).isEqualTo("image/png");
    assertThat(image.thumbnailUrl()).as("the server made a thumbnail").isNotNull();
    Image bobs = new Image(new ByteArrayInputStream(both.bob().download(image.thumbnailUrl())));
    assertThat(bobs.getWidth()).as("bob gets the same 320-pixel thumbnail").isEqualTo(320);
    assertThat(bobs.getHeight()).isEqualTo(240);
    assertRedThenBlue(bobs);
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
    both.app().robot().clickOn(onFx(() -> timeline().inRow("the report", ".file-save")));

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
