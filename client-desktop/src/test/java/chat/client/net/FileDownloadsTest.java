package chat.client.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.client.support.Peer;
import chat.client.support.SampleFiles;
import chat.protocol.model.Attachment;
import chat.protocol.model.RoomVisibility;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's downloads of posted files, against a real server: whole and checked before they take
 * the target's name, nothing left when cancelled or damaged, and the token never sent elsewhere.
 */
class FileDownloadsTest {

  @RegisterExtension final LiveSession live = new LiveSession();

  @TempDir Path saved;

  @Test
  void aDownloadWritesTheSameBytesAndTellsItsProgress() {
    byte[] pdf = SampleFiles.pdf(600_000, 1);
    Session alice = live.signedUp("alice", LiveSession.retriesOnlyWhenAsked());
    Attachment file = uploadedByAlice("report.pdf", pdf);
    Path target = saved.resolve("report.pdf");
    List<long[]> progress = new CopyOnWriteArrayList<>();

    Path done =
        alice
            .downloads()
            .start(
                file.url(),
                target,
                file.sha256(),
                (bytes, total) -> progress.add(new long[] {bytes, total}))
            .done()
            .join();

    assertThat(done).isEqualTo(target);
    assertThat(target).hasBinaryContent(pdf);
    assertThat(progress.getFirst()).containsExactly(0, pdf.length);
    assertThat(progress.getLast()).containsExactly(pdf.length, pdf.length);
    assertThat(progress.size()).as("told more than once on the way").isGreaterThan(2);
    assertThat(filesIn(saved)).containsExactly(target);
  }

  @Test
  void bytesThatAreNotTheNamedDigestNeverTakeTheTargetsName() {
    Session alice = live.signedUp("alice", LiveSession.retriesOnlyWhenAsked());
    Attachment file = uploadedByAlice("report.pdf", SampleFiles.pdf(10_000, 2));
    Path target = saved.resolve("report.pdf");

    assertThatThrownBy(
            () ->
                alice
                    .downloads()
                    .start(file.url(), target, "0".repeat(64), (b, t) -> {})
                    .done()
                    .join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(IllegalStateException.class)
        .hasMessageContaining("damaged");
    assertThat(filesIn(saved)).isEmpty();
  }

  @Test
  void aCancelledDownloadStopsAndLeavesNothing() {
    byte[] big = SampleFiles.pdf(8_000_000, 3);
    Session alice = live.signedUp("alice", LiveSession.retriesOnlyWhenAsked());
    Attachment file = uploadedByAlice("big.pdf", big);
    Path target = saved.resolve("big.pdf");
    AtomicReference<Download> download = new AtomicReference<>();
    AtomicLong lastSeen = new AtomicLong();

    download.set(
        alice
            .downloads()
            .start(
                file.url(),
                target,
                file.sha256(),
                (bytes, total) -> {
                  lastSeen.set(bytes);
                  if (bytes > 0 && download.get() != null) {
                    download.get().cancel();
                  }
                }));

    assertThatThrownBy(() -> download.get().done().join())
        .isInstanceOf(CancellationException.class);
    assertThat(lastSeen.get()).isLessThan(big.length);
    assertThat(filesIn(saved)).isEmpty();
  }

  @Test
  void aFileNamedOnAnotherOriginIsRefusedAndTheTokenStaysHome() throws IOException {
    Session alice = live.signedUp("alice", LiveSession.retriesOnlyWhenAsked());
    List<String> heard = new CopyOnWriteArrayList<>();
    HttpServer elsewhere =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    elsewhere.createContext(
        "/",
        exchange -> {
          heard.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    elsewhere.start();
    try {
      String url = "http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/api/files/f_x";
      Path target = saved.resolve("x");

      assertThatThrownBy(
              () -> alice.downloads().start(url, target, null, (b, t) -> {}).done().join())
          .hasCauseInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () ->
                  alice
                      .downloads()
                      .start(
                          "//127.0.0.1:" + elsewhere.getAddress().getPort() + "/f",
                          target,
                          null,
                          (b, t) -> {})
                      .done()
                      .join())
          .hasCauseInstanceOf(IllegalArgumentException.class);
      assertThat(heard).isEmpty();
      assertThat(filesIn(saved)).isEmpty();
    } finally {
      elsewhere.stop(0);
    }
  }

  @Test
  void aFileOfARoomTheUserIsNotInIsTheServersNotFound() {
    Session alice = live.signedUp("alice", LiveSession.retriesOnlyWhenAsked());
    Attachment theirs;
    try (Peer bob = Peer.register(live.server(), "bob")) {
      String room = bob.createRoom("secret", RoomVisibility.PRIVATE, List.of()).roomId();
      theirs = bob.upload(room, "secret.pdf", SampleFiles.pdf(1_000, 4));
    }
    Path target = saved.resolve("secret.pdf");

    assertThatThrownBy(
            () -> alice.downloads().start(theirs.url(), target, null, (b, t) -> {}).done().join())
        .hasCauseInstanceOf(ApiException.class);
    assertThat(filesIn(saved)).isEmpty();
  }

  /** Uploads {@code bytes} as alice to a room of hers, through a second client of hers. */
  private Attachment uploadedByAlice(String name, byte[] bytes) {
    try (Peer alice = Peer.login(live.server(), "alice")) {
      String room = alice.createRoom("files", RoomVisibility.PRIVATE, List.of()).roomId();
      return alice.upload(room, name, bytes);
    }
  }

  private static List<Path> filesIn(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
