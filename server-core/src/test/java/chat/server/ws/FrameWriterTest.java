package chat.server.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket.Listener;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real Java-WebSocket server on loopback and the JDK's client reading what it is sent. */
class FrameWriterTest {

  private final FrameWriter writer = new FrameWriter();
  private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
  private final CompletableFuture<WebSocket> opened = new CompletableFuture<>();
  private Server server;
  private java.net.http.WebSocket client;

  @BeforeEach
  void connect() throws Exception {
    server = new Server();
    server.start();
    server.started.await(10, TimeUnit.SECONDS);
    client =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(URI.create("ws://127.0.0.1:" + server.getPort() + "/"), new Collect())
            .join();
  }

  @AfterEach
  void close() throws Exception {
    client.abort();
    server.stop(200);
  }

  @Test
  void oneFrameWrittenToASocketArrivesWhole() throws Exception {
    WebSocket socket = opened.get(10, TimeUnit.SECONDS);

    assertThat(writer.write(socket, frame("{\"type\":\"pong\"}"))).isTrue();

    assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("{\"type\":\"pong\"}");
  }

  /**
   * The state Java-WebSocket's selector can leave a socket in (see {@link FrameWriter}): a frame
   * queued, the socket back at read interest. The frame stays put until a recheck asks again.
   */
  @Test
  void aFrameWhoseWriteDemandTheSelectorLostIsWrittenAtTheNextRecheck() throws Exception {
    WebSocketImpl socket = (WebSocketImpl) opened.get(10, TimeUnit.SECONDS);
    writer.write(socket, frame("first"));
    assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("first");
    awaitReadInterestOnly(socket.getSelectionKey());

    socket.outQueue.add(frame("second"));
    assertThat(received.poll(300, TimeUnit.MILLISECONDS))
        .as("no selector writes a frame nobody asked it to write")
        .isNull();
    writer.recheck();

    assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("second");
  }

  @Test
  void aRecheckForgetsSocketsWithNothingQueuedAndWritesNothingAgain() throws Exception {
    WebSocket socket = opened.get(10, TimeUnit.SECONDS);
    writer.write(socket, frame("once"));
    assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("once");
    awaitReadInterestOnly(((WebSocketImpl) socket).getSelectionKey());

    writer.recheck();
    writer.recheck();

    assertThat(received.poll(300, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void oneFrameServesManySocketsEachGettingItWhole() throws Exception {
    WebSocket first = opened.get(10, TimeUnit.SECONDS);
    ByteBuffer shared = frame("x".repeat(70_000));

    for (int i = 0; i < 3; i++) {
      writer.write(first, shared);
    }

    for (int i = 0; i < 3; i++) {
      assertThat(received.poll(10, TimeUnit.SECONDS)).hasSize(70_000);
    }
    assertThat(shared.position()).as("the shared frame is never consumed").isZero();
  }

  @Test
  void aClosingSocketIsWrittenNothing() throws Exception {
    WebSocket socket = opened.get(10, TimeUnit.SECONDS);
    socket.close(1000, "bye");

    assertThat(writer.write(socket, frame("late"))).isFalse();
  }

  private static ByteBuffer frame(String text) {
    return TextFrame.of(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void awaitReadInterestOnly(SelectionKey key) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (key.interestOps() != SelectionKey.OP_READ && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(key.interestOps()).isEqualTo(SelectionKey.OP_READ);
  }

  private final class Server extends WebSocketServer {

    final CountDownLatch started = new CountDownLatch(1);

    Server() {
      super(
          new InetSocketAddress("127.0.0.1", 0),
          1,
          List.of(new org.java_websocket.drafts.Draft_6455()));
      setReuseAddr(true);
    }

    @Override
    public void onStart() {
      started.countDown();
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
      opened.complete(socket);
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {}

    @Override
    public void onMessage(WebSocket socket, String message) {}

    @Override
    public void onError(WebSocket socket, Exception e) {
      opened.completeExceptionally(e);
    }
  }

  private final class Collect implements Listener {

    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(
        java.net.http.WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        received.add(partial.toString());
        partial.setLength(0);
      }
      socket.request(1);
      return null;
    }
  }
}
