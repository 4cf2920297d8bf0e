package chat.server.bench;

import chat.server.support.RedisServer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Scenario {@code compare}: one fan-out load, in one run, on the bare floors (Java-WebSocket and
 * Node's {@code ws}), on Socket.IO 4 (one process, and two processes with its Redis adapter), and
 * on ours (the embedded store, and two nodes on Redis); then one table of CPU per delivery and its
 * ratio to Socket.IO, latencies, memory per connection and messages acknowledged but not delivered.
 *
 * <p>Each server runs in processes of its own, one server at a time, with the same users, the same
 * number of sockets in rooms of the same size, and the same open-loop rate: a warm-up step, then
 * the measured step. Its sockets close before the next server starts. Memory per connection is read
 * before the load: the growth from the process with the users registered (ours) or fresh (the
 * others) to the process holding the users' sockets, each in its room, after a full collection.
 */
final class CompareScenario implements Scenario {

  private static final long CLOSE_WAIT_MILLIS = 10_000;
  private static final Supplier<ProcessCost> NO_REDIS = () -> new ProcessCost(0, 0);

  /**
   * One server under the load.
   *
   * @param processes its own processes (Redis apart): one, or two sharing Redis
   * @param acks whether it acknowledges sends (the floors only broadcast)
   * @param connectMode how Node's connection-rate client speaks to it ({@link
   *     NodeServers#connectRate})
   * @param cost its processes' CPU time and memory
   * @param redisCost the CPU time of the Redis it shares rooms through
   * @param collect a full garbage collection in each of its processes
   */
  private record Contender(
      String name,
      int processes,
      boolean acks,
      String connectMode,
      Supplier<ProcessCost> cost,
      Supplier<ProcessCost> redisCost,
      Runnable collect) {

    /** Its resident memory after a full collection. */
    long collectedRss() {
      collect.run();
      return cost.get().rssBytes();
    }
  }

  /** A contender, how fast it took sockets when fresh, and its measured step in the report. */
  private record Row(Contender contender, ConnectRate connects, ObjectNode step) {

    double cpuMicros() {
      return step.path("serverCpuMicrosPerDelivery").asDouble()
          + step.path("redisCpuMicrosPerDelivery").asDouble();
    }
  }

  @Override
  public void run(BenchCluster cluster, Report report) throws Exception {
    if (!cluster.store().equals("embedded")) {
      throw new IllegalArgumentException(
          "compare starts the Redis servers itself: leave bench.store at embedded");
    }
    CompareLoad load = CompareLoad.fromSystemProperties();
    report.root().putPOJO("compareLoad", load);
    NodeServers node = NodeServers.install(LoadBenchmark.OUTPUT.resolve("node"));
    Contender embedded =
        new Contender(
            "ours, embedded store",
            1,
            true,
            "chat",
            cluster::cost,
            NO_REDIS,
            () -> cluster.pids().forEach(ProcessCost::collectGarbage));
    AtomicLong embeddedFresh = new AtomicLong();
    AtomicReference<ConnectRate> embeddedConnects = new AtomicReference<>();
    List<Row> rows = new ArrayList<>();
    try (ChatSetup setup =
        new ChatSetup(
            cluster,
            "cmp",
            load.clients(),
            1,
            users -> {
              embeddedFresh.set(embedded.collectedRss());
              embeddedConnects.set(
                  connects(node, load, embedded, List.of(cluster.wsUrl(0)), users));
            })) {
      LoadRun run = setup.run(report);
      try (ChildServer floor = BenchCluster.startFloor()) {
        rows.add(
            measure(
                run, setup, load, node, javaFloor("Java-WebSocket floor", floor), List.of(floor)));
      }
      try (ChildServer floor = BenchCluster.startFloor("netty floor", NettyFloorServer.class)) {
        rows.add(measure(run, setup, load, node, javaFloor("Netty floor", floor), List.of(floor)));
      }
      try (ChildServer floor = node.floor()) {
        rows.add(
            measure(run, setup, load, node, node("ws floor (Node)", false, floor), List.of(floor)));
      }
      try (ChildServer socketIo = node.socketIo("socket.io", null)) {
        rows.add(
            measure(
                run,
                setup,
                load,
                node,
                node("Socket.IO, one process", true, socketIo),
                List.of(socketIo)));
      }
      try (RedisServer redis = RedisServer.start();
          ChildServer first = node.socketIo("socket.io 1", redis.url());
          ChildServer second = node.socketIo("socket.io 2", redis.url())) {
        Contender pair =
            new Contender(
                "Socket.IO, two processes + Redis adapter",
                2,
                true,
                "socketio",
                () -> ProcessCost.sum(List.of(first.process().pid(), second.process().pid())),
                () -> ProcessCost.of(redis.pid()),
                () -> {
                  NodeServers.collectGarbage(first.process().pid());
                  NodeServers.collectGarbage(second.process().pid());
                });
        rows.add(measure(run, setup, load, node, pair, List.of(first, second)));
      }
      rows.add(
          measure(
              run,
              setup,
              load,
              embedded,
              embeddedConnects.get(),
              embeddedFresh.get(),
              setup.rooms(load.roomSize(), "cmp")));
      Path work = cluster.dataDir(0).getParent();
      try (BenchCluster redisPair =
          BenchCluster.start("redis", BenchCluster.settings(this), work)) {
        Contender ours =
            new Contender(
                "ours, two nodes on Redis",
                2,
                true,
                "chat",
                redisPair::cost,
                redisPair::redisCost,
                () -> redisPair.pids().forEach(ProcessCost::collectGarbage));
        try {
          AtomicLong fresh = new AtomicLong();
          AtomicReference<ConnectRate> connects = new AtomicReference<>();
          List<String> urls = List.of(redisPair.wsUrl(0), redisPair.wsUrl(1));
          List<Population.Room> rooms =
              setup.roomsOn(
                  redisPair,
                  "cmpr",
                  load.roomSize(),
                  users -> {
                    fresh.set(ours.collectedRss());
                    connects.set(connects(node, load, ours, urls, users));
                  });
          rows.add(measure(run, setup, load, ours, connects.get(), fresh.get(), rooms));
        } finally {
          redisPair.saveLogs(LoadBenchmark.OUTPUT, "compare-redis");
        }
      }
      setup.finish(report);
    }
    String table = table(rows);
    report.root().put("comparisonTable", table);
    System.out.println(table);
  }

  /** A floor in a JVM of its own: it broadcasts, acknowledges nothing, and takes Node's joins. */
  private static Contender javaFloor(String name, ChildServer floor) {
    return new Contender(
        name,
        1,
        false,
        "ws",
        floor::cost,
        NO_REDIS,
        () -> ProcessCost.collectGarbage(floor.process().pid()));
  }

  private static Contender node(String name, boolean acks, ChildServer server) {
    return new Contender(
        name,
        1,
        acks,
        acks ? "socketio" : "ws",
        server::cost,
        NO_REDIS,
        () -> NodeServers.collectGarbage(server.process().pid()));
  }

  /**
   * Measures a floor (which does not acknowledge) or Socket.IO (which does): its sockets join rooms
   * by name, taking turns between its processes.
   */
  private static Row measure(
      LoadRun run,
      ChatSetup setup,
      CompareLoad load,
      NodeServers node,
      Contender contender,
      List<ChildServer> servers)
      throws IOException, InterruptedException {
    List<String> urls = servers.stream().map(ChildServer::wsUrl).toList();
    long fresh = contender.collectedRss();
    ConnectRate connects = connects(node, load, contender, urls, setup.users);
    List<Population.Room> rooms = setup.joinedRooms(urls, contender.acks(), load.roomSize());
    return measure(run, setup, load, contender, connects, fresh, rooms);
  }

  /**
   * How fast the server takes {@code bench.connects} sockets of {@code users} (in turn), each
   * answered once, after as many opened and closed to warm it up; printed as it is measured.
   */
  private static ConnectRate connects(
      NodeServers node,
      CompareLoad load,
      Contender contender,
      List<String> urls,
      List<Population.User> users) {
    try {
      List<String> tokens = users.stream().map(Population.User::token).toList();
      node.connectRate(contender.connectMode(), urls, tokens, load.connects()); // warm-up
      ProcessCost before = contender.cost().get();
      ConnectRate rate =
          node.connectRate(contender.connectMode(), urls, tokens, load.connects())
              .withServerCpu(contender.cost().get().minus(before).cpuNanos());
      System.out.printf(
          Locale.ROOT,
          "%s: %d sockets opened in %.2f s (%,.0f/s, %.0f µs of server CPU each), %d failed%s%n",
          contender.name(),
          rate.opened(),
          rate.seconds(),
          rate.perSecond(),
          rate.cpuMicrosPerSocket(),
          rate.failed(),
          rate.firstError() == null ? "" : " (first: " + rate.firstError() + ")");
      return rate;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The memory each connection added since the server was fresh ({@code freshRss}), after a full
   * collection and before any message; then a warm-up step and the measured step on {@code rooms};
   * then closes the sockets.
   */
  private static Row measure(
      LoadRun run,
      ChatSetup setup,
      CompareLoad load,
      Contender contender,
      ConnectRate connects,
      long freshRss,
      List<Population.Room> rooms)
      throws InterruptedException {
    List<BenchSocket> sockets = rooms.stream().flatMap(room -> room.sockets().stream()).toList();
    long rssPerConnection = (contender.collectedRss() - freshRss) / sockets.size();
    MessageLoad messages = new MessageLoad(setup.ledger, rooms, !contender.acks());
    String name = contender.name();
    run.step(
        name + " warm-up",
        messages,
        load.messagesPerSecond(),
        load.warmUpSeconds(),
        contender.cost());
    ProcessCost redisBefore = contender.redisCost().get();
    ObjectNode step =
        run.step(name, messages, load.messagesPerSecond(), load.seconds(), contender.cost());
    ProcessCost redis = contender.redisCost().get().minus(redisBefore);
    double receipts = step.path("deliveriesPerSecond").asDouble() * step.path("seconds").asDouble();
    step.put(
        "redisCpuMicrosPerDelivery",
        receipts == 0 ? 0 : Report.round(redis.cpuNanos() / 1e3 / receipts, 2));
    step.put("connections", sockets.size());
    step.put("rssBytesPerConnection", rssPerConnection);
    step.put("socketsOpenedPerSecond", Report.round(connects.perSecond(), 1));
    step.put("serverCpuMicrosPerSocketOpened", Report.round(connects.cpuMicrosPerSocket(), 1));
    step.put("socketsFailedToOpen", connects.failed());
    close(sockets);
    return new Row(contender, connects, step);
  }

  /**
   * Closes the sockets and waits (up to {@value #CLOSE_WAIT_MILLIS} ms) for the server's answers,
   * so stopping the server afterwards breaks no socket.
   */
  static void close(List<BenchSocket> sockets) {
    sockets.forEach(BenchSocket::close);
    long until = System.nanoTime() + CLOSE_WAIT_MILLIS * 1_000_000;
    while (sockets.stream().anyMatch(BenchSocket::isOpen) && System.nanoTime() < until) {
      LoadRun.sleep(20);
    }
  }

  /**
   * The comparison as a Markdown table: each row's CPU per delivery over Socket.IO's with as many
   * processes (one process for one, two with Redis for two), and its sockets opened a second over
   * the Node floor's.
   */
  static String table(List<Row> rows) {
    StringBuilder table =
        new StringBuilder(
            "| server | processes | deliveries/s | CPU µs per delivery (servers + Redis)"
                + " | ÷ Socket.IO | e2e p50 / p99 / p99.9 ms | RSS per connection"
                + " | acked, not delivered | sockets opened/s | ÷ ws | server CPU µs per socket opened"
                + " |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
    double wsConnects =
        rows.stream()
            .filter(row -> row.contender().name().startsWith("ws floor"))
            .mapToDouble(row -> row.connects().perSecond())
            .findFirst()
            .orElse(Double.NaN);
    for (Row row : rows) {
      Row socketIo =
          rows.stream()
              .filter(
                  other ->
                      other.contender().name().startsWith("Socket.IO")
                          && other.contender().processes() == row.contender().processes())
              .findFirst()
              .orElse(row);
      ObjectNode latency = (ObjectNode) row.step().path("endToEndMs");
      double redis = row.step().path("redisCpuMicrosPerDelivery").asDouble();
      table.append(
          String.format(
              Locale.ROOT,
              "| %s | %d%s | %,.0f | %.1f%s | %.2f | %.2f / %.2f / %.2f | %,d B | %s | %,.0f%s | %.2f"
                  + " | %,.0f |%n",
              row.contender().name(),
              row.contender().processes(),
              row.contender().processes() > 1 ? " + Redis" : "",
              row.step().path("deliveriesPerSecond").asDouble(),
              row.step().path("serverCpuMicrosPerDelivery").asDouble(),
              redis > 0 ? String.format(Locale.ROOT, " + %.1f", redis) : "",
              row.cpuMicros() / socketIo.cpuMicros(),
              latency.path("p50").asDouble(),
              latency.path("p99").asDouble(),
              latency.path("p999").asDouble(),
              row.step().path("rssBytesPerConnection").asLong(),
              row.contender().acks()
                  ? Long.toString(row.step().path("ackedNotDelivered").asLong())
                  : "no acks",
              row.connects().perSecond(),
              row.connects().failed() > 0 ? " (" + row.connects().failed() + " failed)" : "",
              row.connects().perSecond() / wsConnects,
              row.connects().cpuMicrosPerSocket()));
    }
    return table.toString();
  }
}
