package chat.server.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scenario {@code reconnect}: {@code bench.reconnectClients} users (10,000 by default), one socket
 * each in rooms of {@code bench.roomSize} (100), with messages in every room; Node's reconnect
 * client holds their sockets, each caught up once with {@code sync}; then the server restarts
 * (SIGTERM, started again on its data dir and ports) and every socket reconnects as the desktop app
 * does and catches up again. Reports the server's cold start to {@code /readyz} and the time from
 * the new process's start until the last socket had caught up.
 */
final class ReconnectScenario implements Scenario {

  private static final int DEADLINE_SECONDS = 120;
  private static final double MESSAGES_PER_SECOND = 500;
  private static final double MESSAGE_SECONDS = 2;

  @Override
  public void run(BenchCluster cluster, Report report) throws Exception {
    if (!cluster.store().equals("embedded")) {
      throw new IllegalArgumentException(
          "reconnect restarts one embedded node: bench.store=embedded");
    }
    int clients = Integer.getInteger("bench.reconnectClients", 10_000);
    int roomSize = Integer.getInteger("bench.roomSize", 100);
    NodeServers node = NodeServers.install(LoadBenchmark.OUTPUT.resolve("node"));
    List<String> sockets = new ArrayList<>();
    try (ChatSetup setup = new ChatSetup(cluster, "rc", clients, 1)) {
      List<Population.Room> rooms = setup.rooms(roomSize, "rc");
      setup
          .run(report)
          .step(
              "messages before the restart",
              new MessageLoad(setup.ledger, rooms, false),
              MESSAGES_PER_SECOND,
              MESSAGE_SECONDS,
              cluster::cost);
      for (int i = 0; i < rooms.size() * roomSize; i++) {
        sockets.add(setup.users.get(i).token() + " " + rooms.get(i / roomSize).roomId());
      }
      setup.finish(report);
      CompareScenario.close(setup.sockets);
    }
    ObjectNode step = report.newStep();
    step.put("name", "restart with " + sockets.size() + " sockets");
    try (ReconnectStorm storm = node.reconnectStorm(cluster.wsUrl(0), sockets, DEADLINE_SECONDS)) {
      BenchCluster.Restart restart = cluster.restart(0);
      ReconnectStorm.Result result = storm.result();
      // The new process's whole CPU time: its start, and every socket's return.
      long cpu = cluster.cost().cpuNanos();
      double coldStart = (restart.ready() - restart.started()) / 1e3;
      double back =
          result.lastCatchUp() == 0 ? -1 : (result.lastCatchUp() - restart.started()) / 1e3;
      step.put("sockets", result.sockets());
      step.put("caughtUpAgain", result.caughtUpAgain());
      step.put("stopSeconds", Report.round((restart.started() - restart.stopped()) / 1e3, 3));
      step.put("coldStartToReadySeconds", Report.round(coldStart, 3));
      step.put("secondsFromStartToAllCaughtUp", Report.round(back, 3));
      step.put("handshakesTried", result.attempts());
      step.put("serverCpuSecondsAfterRestart", Report.round(cpu / 1e9, 2));
      System.out.printf(
          Locale.ROOT,
          "restart: stopped in %.2f s, ready %.2f s after starting; %d of %d sockets caught up"
              + " again %.2f s after the start (%d handshakes in all, %.1f s of server CPU)%n",
          (restart.started() - restart.stopped()) / 1e3,
          coldStart,
          result.caughtUpAgain(),
          result.sockets(),
          back,
          result.attempts(),
          cpu / 1e9);
    }
  }
}
