package chat.server.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A socket pair on loopback: what one write of the first queued frame puts on the wire. */
class CoalescedWritesTest {

  private final LinkedBlockingQueue<ByteBuffer> queued = new LinkedBlockingQueue<>();
  private ServerSocketChannel listener;
  private SocketChannel writing;
  private SocketChannel reading;
  private CoalescedWrites.Channel channel;

  @BeforeEach
  void connect() throws IOException {
    listener = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
    writing = SocketChannel.open(listener.getLocalAddress());
    reading = listener.accept();
    channel = new CoalescedWrites.Channel(writing, queued);
  }

  @AfterEach
  void close() throws IOException {
    writing.close();
    reading.close();
    listener.close();
  }

  @Test
  void writingTheFirstQueuedFrameSendsTheFramesQueuedBehindItInTheSameWrite() throws IOException {
    ByteBuffer first = frame("one");
    queued.addAll(List.of(first, frame("two"), frame("three")));

    assertThat(channel.write(first)).isEqualTo(3);

    assertThat(queued).allSatisfy(buffer -> assertThat(buffer.hasRemaining()).isFalse());
    assertThat(read(11)).isEqualTo("onetwothree");
  }

  @Test
  void aFrameAlreadyWrittenAlongCostsNothingWhenItsTurnComes() throws IOException {
    ByteBuffer first = frame("one");
    ByteBuffer second = frame("two");
    queued.addAll(List.of(first, second));
    channel.write(first);
    queued.poll();

    assertThat(channel.write(second)).isZero();
    assertThat(read(6)).isEqualTo("onetwo");
  }

  @Test
  void aBufferThatIsNotFirstInTheQueueIsWrittenAlone() throws IOException {
    ByteBuffer closeFrame = frame("bye");
    ByteBuffer queuedFrame = frame("later");
    queued.add(queuedFrame);

    assertThat(channel.write(closeFrame)).isEqualTo(3);

    assertThat(queuedFrame.remaining()).isEqualTo(5);
    assertThat(read(3)).isEqualTo("bye");
  }

  @Test
  void oneWriteTakesAtMostItsLimitOfBuffersAndLeavesTheRestQueued() throws IOException {
    List<ByteBuffer> frames = new ArrayList<>();
    for (int i = 0; i < CoalescedWrites.MAX_BUFFERS + 10; i++) {
      frames.add(frame("x"));
    }
    queued.addAll(frames);

    channel.write(frames.getFirst());

    assertThat(frames.stream().filter(ByteBuffer::hasRemaining)).hasSize(10);
    assertThat(read(CoalescedWrites.MAX_BUFFERS)).hasSize(CoalescedWrites.MAX_BUFFERS);
  }

  @Test
  void aFrameWithNothingWaitingBeforeItIsWrittenAtOnceByTheSendingThread() throws IOException {
    assertThat(channel.writeNow(frame("now"))).isTrue();

    assertThat(queued).isEmpty();
    assertThat(channel.isNeedWrite()).isFalse();
    assertThat(read(3)).isEqualTo("now");
  }

  @Test
  void aFrameBehindQueuedFramesIsQueuedForTheSelectorNotWrittenAhead() throws IOException {
    ByteBuffer first = frame("first");
    queued.add(first);
    ByteBuffer second = frame("second");

    assertThat(channel.writeNow(second)).isFalse();

    assertThat(queued).containsExactly(first, second);
    channel.write(first);
    assertThat(read(11)).isEqualTo("firstsecond");
  }

  @Test
  void theRestOfAFrameTheSocketDidNotTakeGoesOutBeforeAnyFrameAfterIt() throws IOException {
    writing.configureBlocking(false);
    byte[] big = new byte[8 * 1024 * 1024];
    Arrays.fill(big, (byte) 'a');
    ByteBuffer bigFrame = ByteBuffer.wrap(big);

    assertThat(channel.writeNow(bigFrame)).as("more than the socket takes at once").isFalse();
    assertThat(channel.isNeedWrite()).isTrue();
    ByteBuffer after = frame("z");
    assertThat(channel.writeNow(after)).as("queued behind the rest").isFalse();
    assertThat(queued).containsExactly(after);

    ByteBuffer received = ByteBuffer.allocate(big.length + 1);
    while (received.hasRemaining()) {
      if (queued.peek() != null && channel.write(queued.peek()) > 0 && !after.hasRemaining()) {
        queued.poll();
      }
      channel.writeMore();
      reading.read(received);
    }
    assertThat(channel.isNeedWrite()).isFalse();
    assertThat(received.get(big.length - 1)).isEqualTo((byte) 'a');
    assertThat(received.get(big.length)).as("the frame after the rest, last").isEqualTo((byte) 'z');
  }

  private static ByteBuffer frame(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
  }

  private String read(int bytes) throws IOException {
    ByteBuffer into = ByteBuffer.allocate(bytes);
    while (into.hasRemaining()) {
      if (reading.read(into) < 0) {
        break;
      }
    }
    return new String(into.array(), 0, into.position(), StandardCharsets.UTF_8);
  }
}
