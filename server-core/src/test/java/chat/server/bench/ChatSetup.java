package chat.server.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Users registered, one socket each spread over the nodes, and a ledger for the messages: what the
 * message scenarios share. Also opens the same number of sockets on a floor server.
 */
final class ChatSetup implements AutoCloseable {

  final Ledger ledger = new Ledger(2_000_000);
  final AtomicLong errors = new AtomicLong();
  final Fleet fleet = new Fleet(ledger, errors);
  final List<Population.User> users;
  final List<BenchSocket> sockets;
  final int socketsPerUser;

  ChatSetup(BenchCluster cluster, String prefix, int userCount, int socketsPerUser)
      throws Exception {
    this.socketsPerUser = socketsPerUser;
    users = Population.register(cluster, prefix, userCount);
    List<String> urls = IntStream.range(0, cluster.size()).mapToObj(cluster::wsUrl).toList();
    sockets = fleet.open(Population.targets(users, socketsPerUser, urls));
  }

  /**
   * Sends messages for a few seconds in rooms of 10 before anything is measured, so the servers'
   * code is compiled and their caches filled; reported as a step named "warm-up".
   */
  void warmUp(BenchCluster cluster, Report report) throws InterruptedException {
    MessageLoad load = new MessageLoad(ledger, rooms(Math.min(10, users.size()), "warm"), false);
    new LoadRun(ledger, errors, report).step("warm-up", load, 200, 5, cluster::cost);
  }

  /** Rooms of {@code roomSize} users on the chat servers. */
  List<Population.Room> rooms(int roomSize, String name) {
    return Population.rooms(users, sockets, socketsPerUser, roomSize, name);
  }

  /** As many sockets on the floor server, in rooms of the same number of sockets. */
  List<Population.Room> floorRooms(BenchCluster.Floor floor, int socketsPerRoom)
      throws InterruptedException {
    List<BenchSocket> floorSockets =
        fleet.open(sockets.stream().map(s -> new Fleet.Target(floor.wsUrl(), null)).toList());
    return Population.floorRooms(floorSockets, socketsPerRoom);
  }

  @Override
  public void close() {
    fleet.close();
  }
}
