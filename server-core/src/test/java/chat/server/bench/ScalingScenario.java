package chat.server.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Scenario {@code scaling}: one fan-out load on ours with more and more nodes, for the capacity
 * model of SCALING.md: the embedded store's one node, then 1, 2 and 4 nodes sharing one standalone
 * {@code redis-server}, then as many on a Redis Cluster of three primaries and three replicas, each
 * in processes of its own, one deployment at a time. Each count gets a warm-up step, then one step
 * at each rate; the table gives the deliveries a second reached beside those offered, and the
 * servers' and Redis's CPU per delivery.
 */
final class ScalingScenario implements Scenario {

  private static final double WARM_UP_SECONDS = 5;

  /**
   * The load, from system properties with these defaults: {@code bench.clients} (1,000, one socket
   * each), {@code bench.roomSize} (100), {@code bench.rates} (deliveries a second offered, one step
   * each: 5,000, 10,000 and 20,000), {@code bench.seconds} (10 a step) and {@code bench.nodeCounts}
   * (1, 2 and 4).
   */
  record Load(int clients, int roomSize, List<Integer> rates, double seconds, List<Integer> nodes) {

    static Load fromSystemProperties() {
      return new Load(
          Integer.getInteger("bench.clients", 1_000),
          Integer.getInteger("bench.roomSize", 100),
          numbers(System.getProperty("bench.rates", "5000,10000,20000")),
          Double.parseDouble(System.getProperty("bench.seconds", "10")),
          numbers(System.getProperty("bench.nodeCounts", "1,2,4")));
    }

    private static List<Integer> numbers(String list) {
      return Arrays.stream(list.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }
  }

  /** One measured step of one deployment. */
  private record Row(String deployment, int nodes, ObjectNode step) {}

  @Override
  public void run(BenchCluster cluster, Report report) throws Exception {
    if (!cluster.store().equals("embedded")) {
      throw new IllegalArgumentException(
          "scaling starts the Redis servers itself: leave bench.store at embedded");
    }
    Load load = Load.fromSystemProperties();
    report.root().putPOJO("scalingLoad", load);
    List<Row> rows = new ArrayList<>();
    try (ChatSetup setup = new ChatSetup(cluster, "scl", load.clients(), 1)) {
      LoadRun run = setup.run(report);
      measure(run, setup, load, "embedded", cluster, setup.rooms(load.roomSize(), "scl"), rows);
      Path work = cluster.dataDir(0).getParent();
      for (boolean onCluster : List.of(false, true)) {
        for (int nodes : load.nodes()) {
          String deployment = onCluster ? "Redis Cluster" : "standalone Redis";
          String name = (onCluster ? "sclc" : "scl") + nodes;
          try (BenchCluster servers =
              onCluster
                  ? BenchCluster.onRedisCluster(nodes, BenchCluster.settings(this), work)
                  : BenchCluster.onRedis(nodes, BenchCluster.settings(this), work)) {
            try {
              measure(
                  run,
                  setup,
                  load,
                  deployment,
                  servers,
                  setup.roomsOn(servers, name, load.roomSize(), registered -> {}),
                  rows);
            } finally {
              servers.saveLogs(LoadBenchmark.OUTPUT, "scaling-" + name);
            }
          }
        }
      }
      setup.finish(report);
    }
    String table = table(rows);
    report.root().put("scalingTable", table);
    System.out.println(table);
  }

  /** A warm-up step, then one step at each rate on {@code rooms}, whose sockets then close. */
  private static void measure(
      LoadRun run,
      ChatSetup setup,
      Load load,
      String deployment,
      BenchCluster servers,
      List<Population.Room> rooms,
      List<Row> rows)
      throws InterruptedException {
    MessageLoad messages = new MessageLoad(setup.ledger, rooms, false);
    String name = deployment + ", " + servers.size() + " node(s)";
    double firstRate = (double) load.rates().getFirst() / load.roomSize();
    run.step(name + " warm-up", messages, firstRate, WARM_UP_SECONDS, servers::cost);
    for (int rate : load.rates()) {
      ProcessCost redisBefore = servers.redisCost();
      ObjectNode step =
          run.step(
              name + " at " + rate,
              messages,
              (double) rate / load.roomSize(),
              load.seconds(),
              servers::cost);
      ProcessCost redis = servers.redisCost().minus(redisBefore);
      double receipts =
          step.path("deliveriesPerSecond").asDouble() * step.path("seconds").asDouble();
      step.put(
          "redisCpuMicrosPerDelivery",
          receipts == 0 ? 0 : Report.round(redis.cpuNanos() / 1e3 / receipts, 2));
      rows.add(new Row(deployment, servers.size(), step));
    }
    CompareScenario.close(rooms.stream().flatMap(room -> room.sockets().stream()).toList());
  }

  /** The steps as a Markdown table. */
  static String table(List<Row> rows) {
    StringBuilder table =
        new StringBuilder(
            "| store | nodes | deliveries/s offered | reached | CPU µs per delivery (nodes +"
                + " Redis) | e2e p50 / p99 ms | acked, not delivered |\n"
                + "|---|---|---|---|---|---|---|\n");
    for (Row row : rows) {
      ObjectNode step = row.step();
      double redis = step.path("redisCpuMicrosPerDelivery").asDouble();
      table.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %,.0f | %,.0f | %.1f%s | %.2f / %.2f | %d |%n",
              row.deployment(),
              row.nodes(),
              step.path("targetDeliveriesPerSecond").asDouble(),
              step.path("deliveriesPerSecond").asDouble(),
              step.path("serverCpuMicrosPerDelivery").asDouble(),
              redis > 0 ? String.format(Locale.ROOT, " + %.1f", redis) : "",
              step.path("endToEndMs").path("p50").asDouble(),
              Report.p99(step, "endToEndMs"),
              step.path("ackedNotDelivered").asLong()));
    }
    return table.toString();
  }
}
