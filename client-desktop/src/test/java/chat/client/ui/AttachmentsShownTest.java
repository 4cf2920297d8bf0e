package chat.client.ui;

import static chat.client.support.TimelineFiles.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.SampleFiles;
import chat.client.support.TimelineFiles;
import chat.client.ui.files.DocumentOpener;
import chat.client.ui.files.FileSizes;
import chat.protocol.client.MessageDelete;
import chat.protocol.client.MessageEdit;
import chat.protocol.model.Attachment;
import chat.protocol.model.Message;
import chat.protocol.result.EmptyResult;
import chat.protocol.result.MessageResult;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.geometry.VerticalDirection;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files another member (bob, a second client) uploads and sends reach the app through a real server
 * and show in its timeline: an image inline, any other file as a card that saves the same bytes, an
 * image opened large and zoomed, and a deleted message's file gone.
 */
class AttachmentsShownTest {

  @RegisterExtension final AppAndServer both = AppAndServer.aliceWithBob();

  @TempDir Path saved;

  @Test
  void aPostedImageShowsInlineInTheOtherApp() throws IOException {
    String room = both.bobsRoomJoined("photos").roomId();
    Attachment png = both.bob().upload(room, "halves.png", SampleFiles.png(400, 300));
    both.bob().say(room, "look at this", List.of(png));

    AppDriver.waitFor(
        "the image in its row", () -> onFx(() -> timeline().thumbnail("look at this") != null));
    Image image = onFx(() -> timeline().thumbnail("look at this").getImage());
    assertThat(png.thumbnailUrl()).as("the server made a thumbnail").isNotNull();
    assertThat(image.getWidth()).as("the server's 320-pixel thumbnail").isEqualTo(320);
    assertThat(image.getHeight()).isEqualTo(240);
    assertThat(image.getPixelReader().getColor(40, 120).getRed()).isGreaterThan(0.8);
    assertThat(image.getPixelReader().getColor(40, 120).getBlue()).isLessThan(0.2);
    assertThat(image.getPixelReader().getColor(280, 120).getBlue()).isGreaterThan(0.8);
    assertThat(image.getPixelReader().getColor(280, 120).getRed()).isLessThan(0.2);
    assertThat(onFx(() -> timeline().thumbnail("look at this").getBoundsInParent().getWidth()))
        .as("shown within the 320-pixel box")
        .isEqualTo(320);

    Path images = both.appDir().resolve("data/cache/images");
    List<Path> cached;
    try (Stream<Path> files = Files.list(images)) {
      cached = files.toList();
    }
    assertThat(cached).hasSize(1);
    assertThat(Files.readAllBytes(cached.getFirst()))
        .as("the thumbnail (a JPEG) is what the app fetched, not the PNG posted")
        .startsWith((byte) 0xFF, (byte) 0xD8);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cached.getFirst())))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(images)))
        .isEqualTo("rwx------");
  }

  @Test
  void aPdfShowsAsACardAndSaveWritesTheSameBytes() throws IOException {
    String room = both.bobsRoomJoined("reports").roomId();
    byte[] pdf = SampleFiles.pdf(300_000, 7);
    Attachment file = both.bob().upload(room, "Q4 report.pdf", pdf);
    assertThat(file.mimeType()).isEqualTo("application/pdf");
    byte[] exe = Arrays.copyOf("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), 5_000);
    Attachment program = both.bob().upload(room, "setup.exe", exe);
    both.bob().say(room, "the report", List.of(file, program));

    AppDriver.waitFor(
        "the card", () -> onFx(() -> timeline().inRow("the report", ".file-card") != null));
    assertThat(timeline().labelInRow("the report", ".file-name")).isEqualTo("Q4 report.pdf");
    assertThat(timeline().labelInRow("the report", ".file-size"))
        .isEqualTo(FileSizes.human(pdf.length));
    assertThat(timeline().labelInRow("the report", ".file-badge")).isEqualTo("PDF");
    assertThat(onFx(() -> timeline().inRow("the report", ".attachment-thumbnail"))).isNull();
    assertThat(
            onFx(
                () ->
                    both.app().messages().cellShowing("the report").lookupAll(".file-card").size()))
        .isEqualTo(2);
    assertThat(
            onFx(
                () ->
                    both.app().messages().cellShowing("the report").lookupAll(".file-open").size()))
        .as("a program is offered for saving, never to open")
        .isEqualTo(1);

    Path target = saved.resolve("chosen.pdf");
    AtomicReference<String> offered = timeline().saveChooserAnswering(target);
    both.app().robot().clickOn(onFx(() -> timeline().inRow("the report", ".file-save")));

    AppDriver.waitFor(
        "saved", () -> timeline().labelInRow("the report", ".file-status").startsWith("Saved to"));
    assertThat(offered.get()).isEqualTo("Q4 report.pdf");
    assertThat(Files.readAllBytes(target)).isEqualTo(pdf);
    assertThat(timeline().labelInRow("the report", ".file-status")).isEqualTo("Saved to " + target);
    try (Stream<Path> files = Files.list(saved)) {
      assertThat(files.toList()).as("no part file left").containsExactly(target);
    }
  }

  @Test
  void openSavesACopyInTheDownloadsFolderAndOpensThatCopy() throws IOException {
    byte[] pdf = SampleFiles.pdf(200_000, 3);
    cardOfBobs("notes.pdf", pdf, "open me");
    Path downloads = Files.createDirectories(both.appHome().resolve("Downloads"));
    List<String> opened = openedDocuments();

    both.app().robot().clickOn(onFx(() -> timeline().inRow("open me", ".file-open")));

    AppDriver.waitFor("opened", () -> opened.size() == 1);
    Path copy = Path.of(URI.create(opened.getFirst()));
    assertThat(copy).isEqualTo(downloads.resolve("notes.pdf"));
    assertThat(Files.readAllBytes(copy)).isEqualTo(pdf);
  }

  @Test
  void withoutADownloadsFolderOpenAsksWhereToSaveAndOpensThatCopy() throws IOException {
    byte[] pdf = SampleFiles.pdf(50_000, 5);
    cardOfBobs("notes.pdf", pdf, "open me");
    Path target = saved.resolve("where I chose.pdf");
    AtomicReference<String> offered = timeline().saveChooserAnswering(target);
    List<String> opened = openedDocuments();

    both.app().robot().clickOn(onFx(() -> timeline().inRow("open me", ".file-open")));

    AppDriver.waitFor("opened", () -> opened.size() == 1);
    assertThat(offered.get()).isEqualTo("notes.pdf");
    assertThat(Path.of(URI.create(opened.getFirst()))).isEqualTo(target);
    assertThat(Files.readAllBytes(target)).isEqualTo(pdf);
  }

  @Test
  void clickingAnImageOpensTheViewerAndZooms() {
    String room = both.bobsRoomJoined("big").roomId();
    Attachment png = both.bob().upload(room, "wide.png", SampleFiles.png(1600, 1200));
    both.bob().say(room, "a big one", List.of(png));
    AppDriver.waitFor(
        "the image in its row", () -> onFx(() -> timeline().thumbnail("a big one") != null));

    both.app().robot().clickOn(onFx(() -> timeline().thumbnail("a big one")));
    AppDriver.waitFor(
        "the viewer with the image",
        () -> onFx(() -> viewerImage() != null && viewerImage().getImage() != null));
    assertThat(onFx(() -> viewerImage().getImage().getWidth()))
        .as("the server's 1280-pixel preview")
        .isEqualTo(1280);
    double fitted = onFx(() -> viewerImage().getFitWidth());
    assertThat(fitted).as("fitted to the window, smaller than the image").isLessThan(1280);
    String fittedZoom = both.app().text("#viewer-zoom");

    both.app().click("#viewer-zoom-in");
    AppDriver.waitFor("zoomed in", () -> onFx(() -> viewerImage().getFitWidth() > fitted));
    assertThat(onFx(() -> viewerImage().getFitWidth())).isCloseTo(fitted * 1.25, within(0.5));
    assertThat(both.app().text("#viewer-zoom")).isNotEqualTo(fittedZoom);

    both.app().click("#viewer-zoom-out");
    both.app().click("#viewer-zoom-out");
    AppDriver.waitFor("zoomed out", () -> onFx(() -> viewerImage().getFitWidth() < fitted));

    double before = onFx(() -> viewerImage().getFitWidth());
    both.app().robot().moveTo("#viewer-scroll");
    both.app().robot().press(KeyCode.CONTROL);
    try {
      both.app().robot().scroll(3, VerticalDirection.UP);
      both.app().robot().scroll(3, VerticalDirection.UP);
    } finally {
      both.app().robot().release(KeyCode.CONTROL);
    }
    AppDriver.waitFor(
        "Ctrl+scroll zoomed", () -> onFx(() -> viewerImage().getFitWidth() != before));

    both.app().click("#viewer-fit");
    AppDriver.waitFor("fitted again", () -> both.app().text("#viewer-zoom").equals(fittedZoom));
    both.app().click("#viewer-close");
    AppDriver.waitFor("the viewer closed", () -> onFx(() -> viewerImage() == null));
  }

  @Test
  void anEditedMessageKeepsItsFileAndADeletedOneLosesIt() {
    String room = both.bobsRoomJoined("drafts").roomId();
    Attachment file = both.bob().upload(room, "draft.pdf", SampleFiles.pdf(2_000, 3));
    Message sent = both.bob().say(room, "first draft", List.of(file));
    AppDriver.waitFor(
        "the card", () -> onFx(() -> timeline().inRow("first draft", ".file-card") != null));

    both.bob()
        .request(
            id -> new MessageEdit(id, room, sent.messageId(), "second draft"), MessageResult.class);
    AppDriver.waitFor(
        "the edit, its card kept",
        () -> onFx(() -> timeline().inRow("second draft", ".file-card") != null));
    assertThat(timeline().labelInRow("second draft", ".file-name")).isEqualTo("draft.pdf");

    both.bob().request(id -> new MessageDelete(id, room, sent.messageId()), EmptyResult.class);
    AppDriver.waitFor(
        "the tombstone",
        () -> both.app().robot().lookup("#messages .deleted-text").tryQuery().isPresent());
    assertThat(both.app().robot().lookup("#messages .file-card").tryQuery()).isEmpty();
    assertThat(both.app().robot().lookup("#messages .attachments").tryQuery()).isEmpty();
  }

  private TimelineFiles timeline() {
    return new TimelineFiles(both.app());
  }

  /** The viewer's image view while the viewer is open, or null; on the FX thread. */
  private ImageView viewerImage() {
    return both.app()
        .robot()
        .lookup("#viewer-image")
        .tryQuery()
        .filter(node -> node.getScene() != null && node.getScene().getWindow().isShowing())
        .map(node -> (ImageView) node)
        .orElse(null);
  }

  /** Bob posts {@code bytes} as {@code name} with {@code text} in a room the app joined. */
  private void cardOfBobs(String name, byte[] bytes, String text) {
    String room = both.bobsRoomJoined("reports").roomId();
    both.bob().say(room, text, List.of(both.bob().upload(room, name, bytes)));
    AppDriver.waitFor("the card", () -> onFx(() -> timeline().inRow(text, ".file-card") != null));
  }

  /** The URIs the app's Open hands to the desktop from now on, instead of launching a program. */
  private List<String> openedDocuments() {
    List<String> opened = new CopyOnWriteArrayList<>();
    both.app().robot().interact(() -> DocumentOpener.use(both.app().stage(), opened::add));
    return opened;
  }
}
