package chat.client.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Loopback ports from a band of this test JVM's own, below the ports the kernel hands out for port
 * 0 (32768 and up on Linux, 49152 and up elsewhere): the other test JVM, whose servers and clients
 * all take ports the kernel hands out, never takes one of them, and the test classes of one JVM run
 * one at a time. So a port picked here stays free until the test binds it, and one nothing binds
 * stays closed.
 */
public final class Ports {

  private static final int BAND_SIZE = 1_000;
  private static final Random RANDOM = new Random();

  private Ports() {}

  /** A free port for a server the test starts later (or a person types). */
  public static int free() {
    return free(1).getFirst();
  }

  /** {@code count} different free ports (each held while the next is picked, so never twice). */
  public static List<Integer> free(int count) {
    int band = 20_000 + BAND_SIZE * Integer.getInteger("chat.test.fork", 1);
    List<ServerSocket> held = new ArrayList<>();
    try {
      for (int attempt = 0; held.size() < count && attempt < 100 * count; attempt++) {
        int port = band + RANDOM.nextInt(BAND_SIZE);
        try {
          held.add(new ServerSocket(port, 1, InetAddress.getLoopbackAddress()));
        } catch (IOException taken) {
          // another program's, or picked already: try the next
        }
      }
      if (held.size() < count) {
        throw new AssertionError("no " + count + " free ports in " + band + " to " + (band + 999));
      }
      return held.stream().map(ServerSocket::getLocalPort).toList();
    } finally {
      held.forEach(Ports::close);
    }
  }

  /** A port where nothing listens, and nothing will while the test runs. */
  public static int closed() {
    return free();
  }

  private static void close(ServerSocket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
