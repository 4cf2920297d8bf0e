package chat.server.soak;

import java.util.Optional;

/**
 * One hostile client of the soak: attacks until a deadline, counting what it did and how the server
 * answered. Bounded in time and in rate; a failure of the server (a refused connect, a reset) is
 * counted, never thrown, so only a fault of the client itself ends it early.
 */
public interface HostileClient extends AutoCloseable {

  /** Attacks until {@code deadlineNanos} ({@link System#nanoTime}), then returns. */
  void attackUntil(long deadlineNanos) throws InterruptedException;

  /** What it sent and how the server answered, for the summary line. */
  String summary();

  /** Which defence the server lacked, or empty when it defended itself as it should. */
  Optional<String> undefended();

  /** Ends its connections, which also unblocks a write stuck on a server that stopped reading. */
  @Override
  void close();
}
