package chat.server.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Scenario 4: history pages and {@code sync} catch-up under load. 1,000 users in 10 rooms of 100;
 * the rooms get 100 messages each, then messages flow at 10,000 deliveries a second, first alone,
 * then while members page back through history ({@code before} a message, 50 a page) and catch up
 * with {@code sync} (the 100 messages after a cursor), 200 requests a second between them.
 */
final class HistoryScenario implements Scenario {

  private static final int USERS = 1_000;
  private static final int ROOM_SIZE = 100;
  private static final double MESSAGES_PER_SECOND = 100;
  private static final double READS_PER_SECOND = 200;
  private static final double STEP_SECONDS = 8;

  @Override
  public void run(BenchCluster cluster, Report report) throws Exception {
    try (ChatSetup setup = new ChatSetup(cluster, "hist", USERS, 1)) {
      setup.warmUp(cluster, report);
      LoadRun run = setup.run(report);
      List<Population.Room> rooms = setup.rooms(ROOM_SIZE, "hist");
      MessageLoad load = new MessageLoad(setup.ledger, rooms, false);
      run.step("fill 100 per room", load, 200, 5, cluster::cost);
      List<String> cursors = rooms.stream().map(HistoryScenario::oldestOfNewestPage).toList();
      run.step("messages alone", load, MESSAGES_PER_SECOND, STEP_SECONDS, cluster::cost);
      run.step(
          "messages with history and sync",
          load,
          MESSAGES_PER_SECOND,
          STEP_SECONDS,
          cluster::cost,
          step -> read(step, rooms, cursors));
      setup.finish(report);
    }
  }

  /** Pages and syncs at a fixed rate for the step's length, then writes their latencies. */
  private static void read(ObjectNode step, List<Population.Room> rooms, List<String> cursors) {
    Histogram history = new ConcurrentHistogram(3);
    Histogram sync = new ConcurrentHistogram(3);
    long[] failures = {0};
    List<CompletableFuture<?>> answers = new ArrayList<>();
    long[] turn = {0};
    OpenLoop.run(
        READS_PER_SECOND,
        STEP_SECONDS,
        due -> {
          int r = (int) (turn[0] % rooms.size());
          boolean page = turn[0]++ % 2 == 0;
          Population.Room room = rooms.get(r);
          BenchSocket reader =
              room.sockets().get(ThreadLocalRandom.current().nextInt(room.sockets().size()));
          String roomId = room.roomId();
          CompletableFuture<String> answer =
              page
                  ? reader.request(
                      "message.history",
                      ",\"roomId\":\""
                          + roomId
                          + "\",\"before\":\""
                          + cursors.get(r)
                          + "\",\"limit\":50")
                  : reader.request(
                      "sync", ",\"cursors\":{\"" + roomId + "\":\"" + cursors.get(r) + "\"}");
          Histogram into = page ? history : sync;
          answers.add(
              answer.whenComplete(
                  (frame, failure) -> {
                    if (failure != null || !frame.startsWith("{\"type\":\"ack\"")) {
                      synchronized (failures) {
                        failures[0]++;
                      }
                    } else {
                      into.recordValue((System.nanoTime() - due) / 1_000);
                    }
                  }));
        });
    answers.forEach(
        answer -> {
          try {
            answer.get(10, TimeUnit.SECONDS);
          } catch (Exception counted) {
            // counted as a failure above, or left unanswered
          }
        });
    step.put("readsPerSecond", READS_PER_SECOND);
    Report.latency(step, "historyPageMs", history);
    Report.latency(step, "syncMs", sync);
    step.put("readFailures", failures[0]);
    System.out.printf(
        "history p50 %.2f p99 %.2f ms, sync p50 %.2f p99 %.2f ms, failures %d%n",
        step.path("historyPageMs").path("p50").asDouble(),
        Report.p99(step, "historyPageMs"),
        step.path("syncMs").path("p50").asDouble(),
        Report.p99(step, "syncMs"),
        failures[0]);
  }

  /** The oldest message of a room's newest page of 100: a cursor with 100 messages after it. */
  private static String oldestOfNewestPage(Population.Room room) {
    String answer =
        room.sockets()
            .getFirst()
            .request("message.history", ",\"roomId\":\"" + room.roomId() + "\",\"limit\":100")
            .orTimeout(30, TimeUnit.SECONDS)
            .join();
    return Population.field(answer, "messageId");
  }
}
