package chat.server.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Scenario 1: as many idle authenticated sockets as the generator may hold (15,000, under the
 * 20,000 open files a process may have), spread over the nodes; the memory each adds to the server,
 * and the same sockets held by the floor server.
 */
final class IdleScenario implements Scenario {

  private static final int USERS = 1_500;
  private static final int SOCKETS_PER_USER = 10;
  private static final Duration SETTLE = Duration.ofSeconds(3);

  @Override
  public void run(BenchCluster cluster, Report report) throws Exception {
    List<Population.User> users = Population.register(cluster, "idle", USERS);
    List<String> urls = IntStream.range(0, cluster.size()).mapToObj(cluster::wsUrl).toList();
    List<Fleet.Target> targets = Population.targets(users, SOCKETS_PER_USER, urls);
    ObjectNode chat = report.newStep();
    chat.put("name", "idle chat");
    hold(chat, targets, () -> collected(cluster.pids()), true);
    ProcessCost perNode = cluster.cost();
    chat.put("rssBytesPerNode", perNode.rssBytes() / cluster.size());

    try (ChildServer floor = BenchCluster.startFloor()) {
      ObjectNode bare = report.newStep();
      bare.put("name", "idle floor");
      hold(
          bare,
          targets.stream().map(t -> new Fleet.Target(floor.wsUrl(), null)).toList(),
          floor::cost,
          false);
    }
  }

  /** The processes' cost read after a full collection in each. */
  private static ProcessCost collected(List<Long> pids) {
    pids.forEach(ProcessCost::collectGarbage);
    return ProcessCost.sum(pids);
  }

  /** Opens the sockets, waits, and writes how many held, how fast they came and what they cost. */
  private static void hold(
      ObjectNode node,
      List<Fleet.Target> targets,
      Supplier<ProcessCost> cost,
      boolean authenticated)
      throws InterruptedException {
    AtomicLong errors = new AtomicLong();
    try (Fleet fleet = new Fleet(new Ledger(1), errors)) {
      ProcessCost before = cost.get();
      long start = System.nanoTime();
      List<BenchSocket> sockets = fleet.open(targets);
      double seconds = (System.nanoTime() - start) / 1e9;
      int held = authenticated ? Fleet.pingAll(sockets, Duration.ofSeconds(30)) : sockets.size();
      LoadRun.sleep(SETTLE.toMillis());
      ProcessCost after = cost.get();
      long stillOpen = sockets.stream().filter(BenchSocket::isOpen).count();
      node.put("connectionsAsked", targets.size());
      node.put("connectionsHeld", Math.min(held, stillOpen));
      node.put("connectsPerSecond", Report.round(sockets.size() / seconds, 1));
      node.put("rssBytesBefore", before.rssBytes());
      node.put("rssBytesAfter", after.rssBytes());
      node.put(
          "rssBytesPerConnection", held == 0 ? 0 : (after.rssBytes() - before.rssBytes()) / held);
      node.put(
          "serverCpuMicrosPerConnect",
          held == 0 ? 0 : Report.round((after.cpuNanos() - before.cpuNanos()) / 1e3 / held, 1));
      node.put("errors", errors.get());
      node.put("firstError", fleet.firstError());
      System.out.printf(
          "%-12s held %d of %d, %.0f connects/s, %d bytes RSS per connection, errors %d%n",
          node.path("name").asText(),
          node.path("connectionsHeld").asLong(),
          targets.size(),
          node.path("connectsPerSecond").asDouble(),
          node.path("rssBytesPerConnection").asLong(),
          errors.get());
    }
    LoadRun.sleep(SETTLE.toMillis());
  }
}
