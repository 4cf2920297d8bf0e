package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.Digests;
import chat.client.support.Peer;
import chat.client.support.SampleFiles;
import chat.client.support.TimelineFiles;
import chat.client.ui.chat.ChatLine;
import chat.protocol.client.MessageHistory;
import chat.protocol.model.Attachment;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.result.MessagesResult;
import chat.protocol.server.MessageNew;
import chat.protocol.server.ServerFrame;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sending files from the composer: pasted, dropped, cancelled, refused as too large, and kept
 * across a stopped server. Drops call the handler the room view's {@code DRAG_DROPPED} handler
 * calls ({@link AppDriver#dropFiles}): TestFX cannot drag files in from outside the app.
 */
class AttachmentSendingTest {

  @RegisterExtension final AppAndServer both = AppAndServer.aliceWithBob();
  @TempDir Path files;
  private Room room;

  @BeforeEach
  void start() {
    room = both.bobsRoomJoined("lobby");
  }

  @Test
  void pastingAnImageUploadsItAndSendingPostsIt() throws IOException {
    new TimelineFiles(app()).pasteImage(SampleFiles.png(40, 30));

    AppDriver.waitFor("the upload", () -> states().equals(List.of("Ready")));
    Path pasted = pastedFiles().getFirst();
    String sha256 = Digests.sha256(pasted);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pasted)))
        .isEqualTo("rw-------");
    app().click("#send");

    Message posted = both.bob().await(frame -> withFiles(frame));
    assertThat(posted.attachments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.name()).isEqualTo(pasted.getFileName().toString()).endsWith(".png");
              assertThat(a.mimeType()).isEqualTo("image/png");
              assertThat(a.sha256()).isEqualTo(sha256);
            });
    AppDriver.waitFor("the pasted file deleted once sent", () -> !Files.exists(pasted));
    AppDriver.waitFor(
        "the tray empties", () -> !app().robot().lookup("#attachments").query().isVisible());
  }

  @Test
  void aFileDroppedOnTheRoomIsUploaded() throws IOException {
    Path report = file("report.txt", 20_000);

    app().dropFiles(report);
    AppDriver.waitFor("the upload", () -> states().equals(List.of("Ready")));
    app().say("the report");

    Message posted = both.bob().received("the report");
    assertThat(posted.attachments())
        .extracting(Attachment::name, Attachment::sha256)
        .containsExactly(tuple("report.txt", Digests.sha256(report)));
  }

  @Test
  void cancelRemovesAPendingUpload() throws IOException {
    app().dropFiles(file("keep.txt", 100));
    app().dropFiles(file("drop.txt", 100));
    AppDriver.waitFor("two files in the tray", () -> names().size() == 2);
    // Clicked once the rows hold still: a row changing state mid-click may take the click.
    AppDriver.waitFor("both uploaded", () -> states().equals(List.of("Ready", "Ready")));

    app().robot().clickOn(cancelButtonOf("drop.txt"));
    AppDriver.waitFor("one file left", () -> names().equals(List.of("keep.txt")));
    AppDriver.waitFor("the upload", () -> states().equals(List.of("Ready")));
    app().say("one file");

    assertThat(both.bob().received("one file").attachments())
        .extracting(Attachment::name)
        .containsExactly("keep.txt");
  }

  @Test
  void anUploadOverTheServerLimitShowsTheErrorAndSendsNothing() throws IOException {
    Path huge = files.resolve("huge.iso");
    try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
      sparse.setLength(25L * 1024 * 1024 + 1); // one byte over the server's 25 MiB
    }

    app().dropFiles(huge);

    AppDriver.waitFor("the error", () -> states().equals(List.of("Too large: limit 25 MiB")));
    assertThat(app().robot().lookup("#send").queryAs(Button.class).isDisabled()).isTrue();
    app().click("#composer");
    app().robot().type(KeyCode.ENTER);
    app().say("after the refusal");
    both.bob().received("after the refusal");
    assertThat(history()).extracting(Message::content).containsExactly("after the refusal");
    assertThat(history().getFirst().attachments()).isNullOrEmpty();
  }

  @Test
  void anUploadInterruptedByTheServerStoppingIsRetriedWhenItComesBack() throws IOException {
    Path notes = file("notes.txt", 50_000);
    both.server().stop();
    AppDriver.waitFor("offline", () -> app().text("#banner-text").startsWith("Offline"));

    app().dropFiles(notes);
    AppDriver.waitFor(
        "the upload waits", () -> states().equals(List.of("Waiting for the connection")));
    app().say("sent while down");
    AppDriver.waitFor("the tray is handed to the outbox", () -> names().isEmpty());
    AppDriver.waitFor(
        "the pending message names its file",
        () ->
            app().<ChatLine>list("#messages").getItems().stream()
                .anyMatch(
                    line ->
                        line.kind() == ChatLine.Kind.PENDING
                            && line.content().equals("sent while down\n📎 notes.txt")));
    both.server().restart();
    app().click("#retry");

    AppDriver.waitFor("delivery", Duration.ofSeconds(40), () -> history().size() == 1);
    Message posted = history().getFirst();
    assertThat(posted.content()).isEqualTo("sent while down");
    assertThat(posted.attachments())
        .extracting(Attachment::name, Attachment::sha256)
        .containsExactly(tuple("notes.txt", Digests.sha256(notes)));
  }

  private AppDriver app() {
    return both.app();
  }

  private List<String> names() {
    return app().texts("#attachments .attachment-name");
  }

  private List<String> states() {
    return app().texts("#attachments .attachment-state");
  }

  private Node cancelButtonOf(String name) {
    return app().robot().lookup(".attachment").queryAll().stream()
        .filter(
            row -> row.lookup(".attachment-name") instanceof Label l && l.getText().equals(name))
        .map(row -> row.lookup(".attachment-cancel"))
        .findFirst()
        .orElseThrow();
  }

  private static Message withFiles(ServerFrame frame) {
    return frame instanceof MessageNew m
            && m.message().attachments() != null
            && !m.message().attachments().isEmpty()
        ? m.message()
        : null;
  }

  private List<Path> pastedFiles() throws IOException {
    Path dir = both.appHome().resolve("data").resolve("attachments");
    try (Stream<Path> listed = Files.list(dir)) {
      return listed.toList();
    }
  }

  /** The room's history as the server has it, asked by bob on a fresh connection. */
  private List<Message> history() {
    try (Peer again = Peer.login(both.server(), "bob")) {
      return again
          .request(
              id -> new MessageHistory(id, room.roomId(), null, null, 100), MessagesResult.class)
          .messages();
    }
  }

  private Path file(String name, int size) throws IOException {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) ('a' + i % 26);
    }
    return Files.write(files.resolve(name), bytes);
  }
}
