package chat.client.net;

import static chat.client.net.LiveSession.fastRetries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import chat.client.support.Clients;
import chat.client.support.Digests;
import chat.client.support.Waits;
import chat.protocol.model.Attachment;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files sent with messages: uploaded streamed from disk, and kept by the outbox until they are on
 * the server and their message went, across a stopped server and an app restart.
 */
class SessionAttachmentsTest {

  @RegisterExtension final LiveSession live = new LiveSession();
  @TempDir Path dir;

  @Test
  void anUploadReportsItsProgressAndTheServerKeepsTheBytes() throws Exception {
    Session client = live.signedUp("alice", fastRetries());
    Room room = Clients.publicRoom(client, "general");
    Path file = fileOf(300_000);
    List<Long> sent = new CopyOnWriteArrayList<>();

    Attachment stored =
        client.outgoing().upload(room.roomId(), file, "report 1+1.bin", sent::add).done().join();

    assertThat(stored.sha256()).isEqualTo(Digests.sha256(file));
    assertThat(stored.name()).isEqualTo("report 1+1.bin");
    assertThat(sent).hasSizeGreaterThan(1).last().isEqualTo(300_000L);
  }

  @Test
  void aCancelledUploadStopsSendingBytes() throws Exception {
    Session client = live.signedUp("alice", fastRetries());
    Room room = Clients.publicRoom(client, "general");
    int size = 20_000_000;
    List<Long> sent = new CopyOnWriteArrayList<>();

    FileUpload upload = client.outgoing().upload(room.roomId(), fileOf(size), "big.bin", sent::add);
    upload.cancel();
    Thread.sleep(2000); // long enough for 20 MB over loopback, had the bytes gone on

    assertThat(upload.done()).isCancelled();
    assertThat(sent).allMatch(bytes -> bytes < size);
  }

  @Test
  void aFileSentWhileTheServerIsDownIsUploadedAndItsMessageSentWhenItIsBack() throws Exception {
    Session client = live.signedUp("alice", fastRetries());
    Room room = Clients.publicRoom(client, "general");
    Path file = fileOf(10_000);
    live.serverDown();

    client
        .outgoing()
        .send(
            room.roomId(), "the file", List.of(new OutboxFile(file.toString(), "data.bin", null)));
    Waits.until("the message is pending", () -> live.lastOutbox().size() == 1);
    live.server().restart();

    Message delivered = live.awaitMessage("the file");
    assertThat(delivered.attachments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.name()).isEqualTo("data.bin");
              assertThat(a.sha256()).isEqualTo(Digests.sha256(file));
            });
    Waits.until("the outbox is empty", () -> live.lastOutbox().isEmpty());
  }

  @Test
  void aFileWaitingInTheOutboxIsUploadedAndSentByTheNextClient() throws Exception {
    Session client = live.signedUp("alice", fastRetries());
    Room room = Clients.publicRoom(client, "general");
    Path file = fileOf(20_000);
    live.serverDown();
    client
        .outgoing()
        .send(
            room.roomId(),
            "after a restart",
            List.of(new OutboxFile(file.toString(), "kept.bin", null)));
    Waits.until("the message is pending", () -> live.lastOutbox().size() == 1);
    client.close();
    live.server().restart();

    live.probed(fastRetries()).resume().join();

    assertThat(live.awaitMessage("after a restart").attachments())
        .extracting(Attachment::name, Attachment::sha256)
        .containsExactly(tuple("kept.bin", Digests.sha256(file)));
    Waits.until("the outbox is empty", () -> live.lastOutbox().isEmpty());
  }

  @Test
  void aFileKeptOnlyForItsMessageIsDeletedOnceTheMessageWentAndAPickedFileStays() throws Exception {
    Session client = live.signedUp("alice", fastRetries());
    Room room = Clients.publicRoom(client, "general");
    Path picked = fileOf(5_000);
    Files.createDirectories(client.outgoing().attachmentsDir());
    Path pasted =
        Files.write(client.outgoing().attachmentsDir().resolve("pasted-1.png"), new byte[] {1, 2});

    client
        .outgoing()
        .send(
            room.roomId(),
            "two files",
            List.of(
                new OutboxFile(picked.toString(), "picked.bin", null),
                new OutboxFile(pasted.toString(), "pasted.png", null)));

    assertThat(live.awaitMessage("two files").attachments()).hasSize(2);
    Waits.until("the pasted file is deleted", () -> !Files.exists(pasted));
    assertThat(picked).as("the file the user picked").exists();
  }

  @Test
  void aKeptFileIsDeletedWhenItsMessageIsRefused() throws Exception {
    Session client = live.signedUp("alice", fastRetries());
    Files.createDirectories(client.outgoing().attachmentsDir());
    Path pasted =
        Files.write(client.outgoing().attachmentsDir().resolve("pasted-2.png"), new byte[] {1});

    client
        .outgoing()
        .send(
            "no-such-room",
            "refused",
            List.of(new OutboxFile(pasted.toString(), "pasted.png", null)));

    Waits.until(
        "refused",
        () -> live.events().stream().anyMatch(e -> e instanceof ClientEvent.SendRefused));
    Waits.until("the pasted file is deleted", () -> !Files.exists(pasted));
  }

  @Test
  void aFileGoneFromTheComputerRefusesItsMessageInsteadOfRetryingForever() throws Exception {
    Session client = live.signedUp("alice", fastRetries());
    Room room = Clients.publicRoom(client, "general");
    Path gone = dir.resolve("never-there.bin");

    client
        .outgoing()
        .send(
            room.roomId(),
            "lost",
            List.of(new OutboxFile(gone.toString(), "never-there.bin", null)));

    Waits.until(
        "refused",
        () ->
            live.events().stream()
                .anyMatch(
                    e ->
                        e instanceof ClientEvent.SendRefused r
                            && r.reason().contains("no longer on this computer")));
    Waits.until("the outbox is empty", () -> live.lastOutbox().isEmpty());
  }

  private Path fileOf(int size) throws Exception {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return Files.write(dir.resolve("upload-" + size + ".bin"), bytes);
  }
}
