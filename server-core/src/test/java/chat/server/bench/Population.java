package chat.server.bench;

import chat.server.support.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/** Users, their sockets, and the rooms they are put in. */
public final class Population {

  private static final int REGISTRATIONS_IN_FLIGHT = 8;

  /** A registered user and the access token all its sockets share. */
  public record User(String userId, String username, String token) {}

  /** A room: every socket of every member (who receives), and which sockets take turns sending. */
  public record Room(String roomId, List<BenchSocket> sockets) {}

  private Population() {}

  /** Registers {@code count} users, spread over the cluster's nodes. */
  static List<User> register(BenchCluster cluster, String prefix, int count) throws Exception {
    return register(
        IntStream.range(0, cluster.size()).mapToObj(cluster::api).toList(), prefix, count);
  }

  /** Registers {@code count} users, taking turns between the nodes' APIs. */
  public static List<User> register(List<ApiClient> nodes, String prefix, int count)
      throws Exception {
    Semaphore inFlight = new Semaphore(REGISTRATIONS_IN_FLIGHT);
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<User>> users = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        ApiClient api = nodes.get(i % nodes.size());
        String username = prefix + i;
        inFlight.acquire();
        users.add(
            threads.submit(
                () -> {
                  try {
                    ApiClient.Login login = api.registered(username);
                    return new User(login.userId(), username, login.accessToken());
                  } finally {
                    inFlight.release();
                  }
                }));
      }
      List<User> registered = new ArrayList<>();
      for (Future<User> user : users) {
        registered.add(user.get(2, TimeUnit.MINUTES));
      }
      return registered;
    }
  }

  /**
   * One target per socket: {@code socketsPerUser} sockets for each user, taking turns between the
   * nodes (socket {@code i} of the whole list goes to node {@code i % nodes}).
   */
  public static List<Fleet.Target> targets(
      List<User> users, int socketsPerUser, List<String> wsUrls) {
    List<Fleet.Target> targets = new ArrayList<>();
    for (User user : users) {
      for (int s = 0; s < socketsPerUser; s++) {
        targets.add(new Fleet.Target(wsUrls.get(targets.size() % wsUrls.size()), user.token()));
      }
    }
    return targets;
  }

  /**
   * Creates public rooms of {@code roomSize} consecutive users each (the first one the owner, the
   * others added at creation).
   *
   * @param sockets the sockets in the order {@link #targets} made them
   */
  public static List<Room> rooms(
      List<User> users, List<BenchSocket> sockets, int socketsPerUser, int roomSize, String name) {
    if (sockets.size() != users.size() * socketsPerUser) {
      throw new IllegalStateException(
          "only " + sockets.size() + " of " + users.size() * socketsPerUser + " sockets opened");
    }
    List<Room> rooms = new ArrayList<>();
    for (int first = 0; first + roomSize <= users.size(); first += roomSize) {
      int ownerIndex = firstOpen(sockets, socketsPerUser, first, first + roomSize);
      StringBuilder memberIds = new StringBuilder();
      for (int u = first; u < first + roomSize; u++) {
        if (u != ownerIndex) {
          memberIds
              .append(memberIds.isEmpty() ? "" : ",")
              .append('"')
              .append(users.get(u).userId())
              .append('"');
        }
      }
      BenchSocket owner = sockets.get(ownerIndex * socketsPerUser);
      String answer =
          owner
              .request(
                  "room.create",
                  ",\"name\":\""
                      + name
                      + "-"
                      + rooms.size()
                      + "\",\"visibility\":\"public\",\"memberIds\":["
                      + memberIds
                      + "]")
              .orTimeout(30, TimeUnit.SECONDS)
              .join();
      rooms.add(
          new Room(
              field(answer, "roomId"),
              List.copyOf(
                  sockets.subList(first * socketsPerUser, (first + roomSize) * socketsPerUser))));
    }
    return rooms;
  }

  /**
   * The first user of {@code [from, to)} whose first socket is open: the server may have closed a
   * socket of a burst (1013, its store too slow to answer), and a room made through it would never
   * be answered.
   */
  private static int firstOpen(List<BenchSocket> sockets, int socketsPerUser, int from, int to) {
    for (int u = from; u < to; u++) {
      if (sockets.get(u * socketsPerUser).isOpen()) {
        return u;
      }
    }
    throw new IllegalStateException(
        "every socket of users " + from + " to " + (to - 1) + " closed");
  }

  /**
   * Rooms of {@code socketsPerRoom} consecutive sockets on a server whose sockets join a room by
   * name with a {@code join} request (the floor servers and Socket.IO): each socket joins its room.
   */
  static List<Room> joinedRooms(List<BenchSocket> sockets, int socketsPerRoom) {
    List<Room> rooms = new ArrayList<>();
    for (int first = 0; first + socketsPerRoom <= sockets.size(); first += socketsPerRoom) {
      String roomId = "room-" + rooms.size();
      List<BenchSocket> members = List.copyOf(sockets.subList(first, first + socketsPerRoom));
      members.stream()
          .map(socket -> socket.request("join", ",\"room\":\"" + roomId + "\""))
          .toList()
          .forEach(answer -> answer.orTimeout(30, TimeUnit.SECONDS).join());
      rooms.add(new Room(roomId, members));
    }
    return rooms;
  }

  /** The first value of a string field in a JSON frame. */
  static String field(String frame, String name) {
    String key = "\"" + name + "\":\"";
    int start = frame.indexOf(key);
    if (start < 0) {
      throw new IllegalStateException("no " + name + " in " + frame);
    }
    start += key.length();
    return frame.substring(start, frame.indexOf('"', start));
  }
}
