package chat.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.net.Session;
import chat.client.support.Clients;
import chat.client.support.LiveServer;
import chat.client.support.Waits;
import chat.protocol.client.MessageHistory;
import chat.protocol.client.MessageSend;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.result.MessageResult;
import chat.protocol.result.MessagesResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composer's tray of files, against a real server that takes files of at most 4000 bytes. */
class AttachmentTrayTest {

  @TempDir Path dir;
  private LiveServer server;
  private Session client;
  private ChatViewModel chat;
  private AttachmentTray tray;
  private Room room;

  @BeforeEach
  void start() {
    server = LiveServer.startWith(dir.resolve("server"), Map.of("FILES_MAX_BYTES", "4000"));
    client = Clients.signedUp(server, dir.resolve("app"), "alice");
    room = Clients.publicRoom(client, "general");
    chat = new ChatViewModel(client, ZoneOffset.UTC);
    chat.open(room.roomId(), 0);
    tray = chat.composer().attachments();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void anUploadedFileLetsAMessageWithoutTextGoButNotAnEmptyEditAndTheMessageCarriesIt()
      throws IOException {
    tray.add(List.of(file("notes.txt", 1000)));
    assertThat(chat.composer().limit().canSend().get()).as("still uploading").isFalse();

    Waits.until("uploaded", () -> state(0) == PendingFile.State.DONE);
    assertThat(chat.composer().limit().canSend().get()).isTrue();
    chat.composer()
        .edit(
            client
                .request(
                    id -> new MessageSend(id, room.roomId(), "typo", "c-1"), MessageResult.class)
                .join()
                .message());
    chat.composer().draftProperty().set("");
    assertThat(chat.composer().limit().canSend().get()).as("an edit is text only").isFalse();
    chat.composer().editing().cancel();
    chat.composer().send();

    assertThat(tray.files()).isEmpty();
    Waits.untilServerSays("the message", () -> history().size() == 2);
    Message sent = history().getLast();
    assertThat(sent.content()).isEmpty();
    assertThat(sent.attachments())
        .singleElement()
        .satisfies(a -> assertThat(a.name()).isEqualTo("notes.txt"));
  }

  @Test
  void aFileOverTheServersLimitIsRefusedAtOnceAndNothingCanBeSent() throws IOException {
    tray.add(List.of(file("big.bin", 4001)));

    assertThat(state(0)).isEqualTo(PendingFile.State.FAILED);
    assertThat(tray.files().getFirst().errorProperty().get()).isEqualTo("Too large: limit 3.9 KiB");
    assertThat(chat.composer().limit().canSend().get()).isFalse();
    assertThat(tray.retryable(tray.files().getFirst())).as("retrying cannot help").isFalse();
  }

  @Test
  void atMostTenFilesGoWithOneMessageAndTheTraySaysSo() throws IOException {
    List<Path> eleven = IntStream.range(0, 11).mapToObj(this::numbered).toList();

    tray.add(eleven);

    assertThat(tray.files()).hasSize(10);
    assertThat(tray.noticeProperty().get()).isEqualTo("At most 10 files go with one message");
    tray.cancel(tray.files().getFirst());
    assertThat(tray.files()).hasSize(9);
    assertThat(tray.noticeProperty().get()).isEmpty();
  }

  @Test
  void cancellingTakesTheFileOutAndItGoesWithNoMessage() throws IOException {
    tray.add(List.of(file("a.txt", 100), file("b.txt", 200)));
    Waits.until(
        "uploaded", () -> state(0) == PendingFile.State.DONE && state(1) == PendingFile.State.DONE);

    tray.cancel(tray.files().getFirst());
    chat.composer().draftProperty().set("only b");
    chat.composer().send();

    Waits.untilServerSays("the message", () -> history().size() == 1);
    assertThat(history().getFirst().attachments())
        .extracting(a -> a.name())
        .containsExactly("b.txt");
  }

  @Test
  void cancellingAPastedImageDeletesItsFileButNeverAFileOfTheUsers() throws IOException {
    Files.createDirectories(tray.pastedDir());
    Path pasted = Files.write(tray.pastedDir().resolve("pasted-1.png"), new byte[] {1, 2, 3});
    Path own = file("mine.txt", 10);
    tray.add(List.of(pasted, own));

    tray.cancel(tray.files().get(1));
    tray.cancel(tray.files().getFirst());

    assertThat(pasted).doesNotExist();
    assertThat(own).exists();
  }

  @Test
  void aFileCutOffByTheServerStoppingIsUploadedAgainWhenTheConnectionComesBack()
      throws IOException {
    server.stop();
    Waits.until("offline", () -> !client.statusProperty().get().connected());

    tray.add(List.of(file("later.txt", 500)));
    Waits.until("waiting", () -> state(0) == PendingFile.State.WAITING);
    server.restart();

    Waits.until(
        "uploaded after reconnecting",
        Duration.ofSeconds(20),
        () -> state(0) == PendingFile.State.DONE);
    assertThat(tray.files().getFirst().fileId()).startsWith("f_");
  }

  private PendingFile.State state(int index) {
    return tray.files().get(index).state();
  }

  private Path numbered(int index) {
    try {
      return file("file-" + index + ".txt", 10);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Path file(String name, int size) throws IOException {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) ('a' + (i + name.length()) % 26);
    }
    return Files.write(dir.resolve(name), bytes);
  }

  private List<Message> history() {
    return client
        .request(id -> new MessageHistory(id, room.roomId(), null, null, 50), MessagesResult.class)
        .join()
        .messages();
  }
}
