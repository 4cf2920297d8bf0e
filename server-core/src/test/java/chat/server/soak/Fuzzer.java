package chat.server.soak;

import chat.server.bench.OpenLoop;
import chat.server.support.RawSocket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bad frames over {@value #SOCKETS} authenticated sockets, {@value #FRAMES_PER_SECOND} a second
 * each: mutated requests, random bytes, invalid UTF-8 (overlong forms, encoded surrogates), lone
 * surrogates escaped in JSON, frames over the size limit and over the closing limit, deep nesting,
 * reserved opcodes and unmasked frames. Each socket reads and discards what comes back (it is not a
 * slow reader), and is opened again when the server closes it. The choices come from a fixed seed,
 * printed in the summary, so a run can be repeated.
 */
public final class Fuzzer implements HostileClient {

  static final int SOCKETS = 3;
  static final double FRAMES_PER_SECOND = 20;
  static final long SEED = 20261203L;
  private static final Duration READ_WAIT = Duration.ofSeconds(30);
  private static final int PONG = 0xA;

  /** What one frame does wrong. */
  private enum Kind {
    MUTATED_REQUEST,
    RANDOM_BYTES,
    OVERLONG_UTF8,
    ENCODED_SURROGATE,
    ESCAPED_LONE_SURROGATE,
    DEEP_NESTING,
    OVER_SIZE_LIMIT,
    OVER_CLOSING_LIMIT,
    RESERVED_OPCODE,
    UNMASKED
  }

  /** How often each kind comes, out of the sum: mostly cheap garbage, rarely the large frames. */
  private static final Map<Kind, Integer> WEIGHTS =
      Map.of(
          Kind.MUTATED_REQUEST, 40,
          Kind.RANDOM_BYTES, 15,
          Kind.OVERLONG_UTF8, 8,
          Kind.ENCODED_SURROGATE, 8,
          Kind.ESCAPED_LONE_SURROGATE, 10,
          Kind.DEEP_NESTING, 5,
          Kind.OVER_SIZE_LIMIT, 5,
          Kind.OVER_CLOSING_LIMIT, 1,
          Kind.RESERVED_OPCODE, 4,
          Kind.UNMASKED, 4);

  private final String wsUrl;
  private final String token;
  private final String roomId;
  private final List<Kind> draw = new ArrayList<>();
  private final AtomicLong frames = new AtomicLong();
  private final AtomicLong connections = new AtomicLong();
  private final AtomicLong connectFailures = new AtomicLong();
  private final AtomicLong answers = new AtomicLong();
  private final Map<Integer, AtomicLong> closeCodes = new ConcurrentSkipListMap<>();
  private final List<Connection> open = new ArrayList<>();
  private volatile boolean closed;

  /**
   * @param token the access token of the fuzzing user
   * @param roomId a room of that user's, for requests that would otherwise be valid
   */
  public Fuzzer(String wsUrl, String token, String roomId) {
    this.wsUrl = wsUrl;
    this.token = token;
    this.roomId = roomId;
    for (Kind kind : Kind.values()) {
      for (int i = 0; i < WEIGHTS.get(kind); i++) {
        draw.add(kind);
      }
    }
  }

  @Override
  public void attackUntil(long deadlineNanos) {
    try (ExecutorService lanes = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int lane = 0; lane < SOCKETS; lane++) {
        Random random = new Random(SEED + lane);
        lanes.submit(() -> fuzz(random, deadlineNanos));
      }
    } finally {
      close();
    }
  }

  /** One fuzzing connection, and whether its reader has seen it end. */
  private static final class Connection {
    final RawSocket socket;
    volatile boolean ended;

    Connection(RawSocket socket) {
      this.socket = socket;
    }
  }

  private void fuzz(Random random, long deadlineNanos) {
    Connection[] current = {null};
    double seconds = Math.max(0, (deadlineNanos - System.nanoTime()) / 1e9);
    OpenLoop.run(
        FRAMES_PER_SECOND,
        seconds,
        due -> {
          if (closed || System.nanoTime() >= deadlineNanos) {
            return;
          }
          if (current[0] == null || current[0].ended) {
            current[0] = connect();
            if (current[0] == null) {
              return;
            }
          }
          try {
            send(current[0].socket, draw.get(random.nextInt(draw.size())), random);
            frames.incrementAndGet();
          } catch (IOException reset) {
            current[0].socket.close();
            current[0] = null;
          }
        });
  }

  private Connection connect() {
    try {
      Connection connection =
          new Connection(
              RawSocket.upgraded(
                  wsUrl, SoakSettings.FUZZER, Map.of("Authorization", "Bearer " + token)));
      connections.incrementAndGet();
      synchronized (open) {
        open.add(connection);
      }
      Thread.ofVirtual().start(() -> drain(connection));
      return connection;
    } catch (UncheckedIOException | IllegalStateException refused) {
      connectFailures.incrementAndGet();
      return null;
    }
  }

  /** Reads and discards what the server sends, noting close codes, until the connection ends. */
  private void drain(Connection connection) {
    try {
      while (true) {
        RawSocket.Frame frame = connection.socket.readFrame(READ_WAIT);
        if (frame.opcode() == RawSocket.Frame.CLOSE) {
          closeCodes.computeIfAbsent(frame.closeCode(), code -> new AtomicLong()).incrementAndGet();
          break;
        }
        if (frame.opcode() == RawSocket.Frame.PING) {
          connection.socket.sendRaw(maskedFrame(0x80 | PONG, frame.payload()));
        } else {
          answers.incrementAndGet();
        }
      }
    } catch (IOException | RuntimeException ended) {
      // the connection is over either way
    }
    connection.ended = true;
    connection.socket.close();
    synchronized (open) {
      open.remove(connection);
    }
  }

  private void send(RawSocket socket, Kind kind, Random random) throws IOException {
    switch (kind) {
      case MUTATED_REQUEST -> socket.sendTextFrame(mutate(validRequest(random), random));
      case RANDOM_BYTES -> socket.sendTextFrame(randomBytes(random, 1 + random.nextInt(200)));
      case OVERLONG_UTF8 ->
          socket.sendTextFrame(withContentBytes(new byte[] {(byte) 0xC0, (byte) 0xAF}));
      case ENCODED_SURROGATE ->
          socket.sendTextFrame(
              withContentBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
      case ESCAPED_LONE_SURROGATE ->
          socket.sendTextFrame(utf8(sendRequest("c" + random.nextLong(), "lone \\ud800 half")));
      case DEEP_NESTING -> socket.sendTextFrame(utf8("[".repeat(20_000)));
      case OVER_SIZE_LIMIT -> socket.sendTextFrame(utf8(sendRequest("big", "x".repeat(70_000))));
      case OVER_CLOSING_LIMIT -> socket.sendTextFrame(utf8("x".repeat(1_100_000)));
      case RESERVED_OPCODE -> socket.sendRaw(maskedFrame(0x83, utf8("{}")));
      case UNMASKED -> socket.sendRaw(new byte[] {(byte) 0x81, 2, '{', '}'});
    }
  }

  private String validRequest(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> sendRequest("c" + random.nextLong(), "fuzz");
      case 1 -> "{\"type\":\"message.history\",\"requestId\":\"f\",\"roomId\":\"" + roomId + "\"}";
      case 2 ->
          "{\"type\":\"typing\",\"requestId\":\"f\",\"roomId\":\"" + roomId + "\",\"active\":true}";
      default -> "{\"type\":\"ping\",\"requestId\":\"f\"}";
    };
  }

  private String sendRequest(String clientMsgId, String content) {
    return "{\"type\":\"message.send\",\"requestId\":\"f\",\"roomId\":\""
        + roomId
        + "\",\"content\":\""
        + content
        + "\",\"clientMsgId\":\""
        + clientMsgId
        + "\"}";
  }

  /** A message.send whose content is these bytes, raw, between two quotes. */
  private byte[] withContentBytes(byte[] content) {
    String[] around = sendRequest("raw", "\u0000").split("\u0000");
    ByteArrayOutputStream frame = new ByteArrayOutputStream();
    frame.writeBytes(utf8(around[0]));
    frame.writeBytes(content);
    frame.writeBytes(utf8(around[1]));
    return frame.toByteArray();
  }

  /** Flips, drops, duplicates or cuts bytes of a valid request. */
  private static byte[] mutate(String request, Random random) {
    byte[] bytes = utf8(request);
    int at = random.nextInt(bytes.length);
    return switch (random.nextInt(4)) {
      case 0 -> {
        bytes[at] ^= (byte) (1 << random.nextInt(8));
        yield bytes;
      }
      case 1 -> {
        bytes[at] = (byte) random.nextInt(256);
        yield bytes;
      }
      case 2 -> Arrays.copyOf(bytes, at);
      default -> {
        ByteArrayOutputStream longer = new ByteArrayOutputStream();
        longer.write(bytes, 0, at);
        longer.write(bytes, at, bytes.length - at);
        longer.write(bytes, at, bytes.length - at);
        yield longer.toByteArray();
      }
    };
  }

  private static byte[] randomBytes(Random random, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  /**
   * A client frame, masked, with this first byte (FIN and opcode) and a payload under 126 bytes.
   */
  private static byte[] maskedFrame(int firstByte, byte[] payload) {
    byte[] frame = new byte[6 + payload.length];
    frame[0] = (byte) firstByte;
    frame[1] = (byte) (0x80 | payload.length);
    byte[] mask = {1, 2, 3, 4};
    System.arraycopy(mask, 0, frame, 2, 4);
    for (int i = 0; i < payload.length; i++) {
      frame[6 + i] = (byte) (payload[i] ^ mask[i % 4]);
    }
    return frame;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String summary() {
    return String.format(
        "fuzzer (seed %d): %d frames over %d connections (%d refused), %d frames answered,"
            + " closed by the server with %s",
        SEED, frames.get(), connections.get(), connectFailures.get(), answers.get(), closeCodes);
  }

  /** The fuzzer's defence is the rest of the run: good clients served, memory flat. */
  @Override
  public Optional<String> undefended() {
    return Optional.empty();
  }

  @Override
  public void close() {
    closed = true;
    synchronized (open) {
      open.forEach(connection -> connection.socket.close());
      open.clear();
    }
  }
}
