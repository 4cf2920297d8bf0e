package chat.server.soak;

import chat.server.bench.BenchSocket;
import chat.server.bench.Fleet;
import chat.server.bench.Ledger;
import chat.server.bench.MessageLoad;
import chat.server.bench.Population;
import chat.server.support.ServerProcess;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The good clients: {@value #USERS} users with one socket each, in rooms of {@value #ROOM_SIZE},
 * sending {@value #MESSAGES_PER_SECOND} messages a second in all (open loop, taking turns between
 * rooms and senders). Every message carries its send time; each receipt's latency is recorded
 * against the window the message was sent in, and the ledger finds any acknowledged message a
 * member never received.
 */
public final class GoodTraffic implements AutoCloseable {

  public static final int USERS = 20;
  public static final int ROOM_SIZE = 5;
  public static final double MESSAGES_PER_SECOND = 20;

  private static final Duration PING_WAIT = Duration.ofSeconds(20);

  private final Ledger ledger = new Ledger(100_000);
  private final AtomicLong errors = new AtomicLong();
  private final Fleet fleet = new Fleet(ledger, errors);
  private final List<Population.Room> rooms;
  private final MessageLoad load;

  private GoodTraffic(ServerProcess server) throws Exception {
    List<Population.User> users = Population.register(List.of(server.api()), "good", USERS);
    List<BenchSocket> sockets = fleet.open(Population.targets(users, 1, List.of(server.wsUrl())));
    int answered = Fleet.pingAll(sockets, PING_WAIT);
    if (answered != USERS) {
      throw new IllegalStateException("only " + answered + " of " + USERS + " good sockets opened");
    }
    rooms = Population.rooms(users, sockets, 1, ROOM_SIZE, "good");
    load = new MessageLoad(ledger, rooms, false);
  }

  /** Registers the users, opens their sockets and puts them in their rooms. */
  public static GoodTraffic start(ServerProcess server) throws Exception {
    return new GoodTraffic(server);
  }

  /** The good rooms' ids, for a hostile client to join one. */
  public List<String> roomIds() {
    return rooms.stream().map(Population.Room::roomId).toList();
  }

  /** Sends for {@code windows} windows of {@code window} each, one ledger step per window. */
  public void run(int windows, Duration window) {
    for (int w = 0; w < windows; w++) {
      int step = ledger.startStep(w * window.toSeconds() + "s");
      load.run(step, MESSAGES_PER_SECOND, window.toMillis() / 1000.0);
    }
  }

  /** Waits up to {@code wait} for every message sent to be delivered (or refused). */
  public void awaitSettled(Duration wait) throws InterruptedException {
    long until = System.nanoTime() + wait.toNanos();
    while (!ledger.settled() && System.nanoTime() < until) {
      Thread.sleep(50);
    }
  }

  public Ledger.Counts counts() {
    return ledger.total();
  }

  /** Refused sends, frames sent that failed, and sockets the server closed. */
  public long errors() {
    return errors.get();
  }

  /** The 99th percentile of send-to-deliver latency of the messages sent in window {@code w}. */
  public double p99Millis(int window) {
    return ledger.step(window).endToEnd.getValueAtPercentile(99) / 1_000.0;
  }

  /** The 99th percentile of send-to-acknowledgement latency of the messages sent in {@code w}. */
  public double ackP99Millis(int window) {
    return ledger.step(window).ack.getValueAtPercentile(99) / 1_000.0;
  }

  @Override
  public void close() {
    fleet.close();
  }
}
