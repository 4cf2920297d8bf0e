package chat.server.bench;

import static java.util.stream.Collectors.counting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Users registered, one socket each spread over the nodes, and a ledger for the messages: what the
 * message scenarios share. Also opens the same number of sockets on a floor server.
 */
final class ChatSetup implements AutoCloseable {

  private static final double WARM_UP_DELIVERIES = 2_000;
  private static final long FINAL_DRAIN_MILLIS = 20_000;
  private static final Duration PING_WAIT = Duration.ofSeconds(20);

  final Ledger ledger = new Ledger(2_000_000);
  final AtomicLong errors = new AtomicLong();
  final Fleet fleet = new Fleet(ledger, errors);
  final List<Population.User> users;
  final List<BenchSocket> sockets;
  final int socketsPerUser;
  private int unanswered;
  private final Map<Integer, Long> closedBeforePing = new TreeMap<>();
  private LoadRun run;

  ChatSetup(BenchCluster cluster, String prefix, int userCount, int socketsPerUser)
      throws Exception {
    this(cluster, prefix, userCount, socketsPerUser, registered -> {});
  }

  /**
   * Like {@link #ChatSetup(BenchCluster, String, int, int)}, giving {@code beforeSockets} the users
   * once they are registered and before their sockets open (to read the servers' memory then).
   */
  ChatSetup(
      BenchCluster cluster,
      String prefix,
      int userCount,
      int socketsPerUser,
      Consumer<List<Population.User>> beforeSockets)
      throws Exception {
    this.socketsPerUser = socketsPerUser;
    users = Population.register(cluster, prefix, userCount);
    beforeSockets.accept(users);
    sockets = connect(cluster, users);
  }

  /** Opens the users' sockets on the cluster's nodes and checks that each one answers a ping. */
  private List<BenchSocket> connect(BenchCluster cluster, List<Population.User> members)
      throws InterruptedException {
    List<String> urls = IntStream.range(0, cluster.size()).mapToObj(cluster::wsUrl).toList();
    List<BenchSocket> opened = fleet.open(Population.targets(members, socketsPerUser, urls));
    int silent = opened.size() - Fleet.pingAll(opened, PING_WAIT);
    if (silent > 0) {
      Map<Integer, Long> closedBy =
          opened.stream()
              .filter(socket -> socket.closeCode() != 0)
              .collect(Collectors.groupingBy(BenchSocket::closeCode, TreeMap::new, counting()));
      System.out.printf(
          "%d of %d sockets did not answer a ping within %d s: they will miss every receipt"
              + " (closed by the server, by close code: %s; the generator does not reconnect)%n",
          silent, opened.size(), PING_WAIT.toSeconds(), closedBy);
      closedBy.forEach((code, count) -> closedBeforePing.merge(code, count, Long::sum));
    }
    unanswered += silent;
    return opened;
  }

  /** The steps of this run, written into {@code report}. */
  LoadRun run(Report report) {
    if (run == null) {
      run = new LoadRun(ledger, errors, report);
    }
    return run;
  }

  /**
   * Sends messages for a few seconds in rooms of 10 before anything is measured, so the servers'
   * code is compiled and their caches filled; reported as a step named "warm-up".
   */
  void warmUp(BenchCluster cluster, Report report) throws InterruptedException {
    MessageLoad load = new MessageLoad(ledger, rooms(Math.min(10, users.size()), "warm"), false);
    run(report).step("warm-up", load, WARM_UP_DELIVERIES / load.socketsPerRoom(), 5, cluster::cost);
  }

  /** Rooms of {@code roomSize} users on the chat servers. */
  List<Population.Room> rooms(int roomSize, String name) {
    return Population.rooms(users, sockets, socketsPerUser, roomSize, name);
  }

  /**
   * As many users, registered again on {@code other} (another cluster), with their sockets there,
   * in rooms of {@code roomSize} users; {@code beforeSockets} gets the users between the two.
   */
  List<Population.Room> roomsOn(
      BenchCluster other, String name, int roomSize, Consumer<List<Population.User>> beforeSockets)
      throws Exception {
    List<Population.User> there = Population.register(other, name, users.size());
    beforeSockets.accept(there);
    return Population.rooms(there, connect(other, there), socketsPerUser, roomSize, name);
  }

  /**
   * As many sockets as the chat servers have, on a server whose sockets join rooms by name (a floor
   * or Socket.IO), taking turns between its processes' URLs, in rooms of the same number of
   * sockets.
   *
   * @param socketIo whether the server speaks Socket.IO: each socket then connects with its user's
   *     token
   */
  List<Population.Room> joinedRooms(List<String> wsUrls, boolean socketIo, int socketsPerRoom)
      throws InterruptedException {
    List<Fleet.Target> targets =
        IntStream.range(0, sockets.size())
            .mapToObj(
                i ->
                    new Fleet.Target(
                        wsUrls.get(i % wsUrls.size()),
                        socketIo ? users.get(i / socketsPerUser).token() : null,
                        socketIo))
            .toList();
    return Population.joinedRooms(fleet.open(targets), socketsPerRoom);
  }

  /**
   * Waits up to 20 s for every message still in flight, then writes the run's total of messages
   * acknowledged and never delivered (the steps' own counts are taken after only 3 s).
   */
  void finish(Report report) {
    long until = System.nanoTime() + FINAL_DRAIN_MILLIS * 1_000_000;
    while (!ledger.settled() && System.nanoTime() < until) {
      LoadRun.sleep(50);
    }
    run(report).refresh();
    Ledger.Counts total = ledger.total();
    report.root().put("messagesSent", total.messages());
    report.root().put("messagesAcked", total.acked());
    report.root().put("ackedNeverDelivered", total.ackedNotDelivered());
    report.root().put("receiptsMissing", total.missingReceipts());
    report.root().put("errors", errors.get());
    report.root().put("socketsOpened", sockets.size());
    report.root().put("socketsNotAnsweringPing", unanswered);
    ObjectNode closed = report.root().putObject("socketsClosedBeforePingByCode");
    closedBeforePing.forEach((code, count) -> closed.put(code.toString(), count));
    System.out.printf(
        "total: %d messages sent, %d acked, %d acked and never delivered, %d errors%n",
        total.messages(), total.acked(), total.ackedNotDelivered(), errors.get());
  }

  @Override
  public void close() {
    fleet.close();
  }
}
