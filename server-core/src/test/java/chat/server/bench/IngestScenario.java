package chat.server.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Scenario 3: ingest. 1,000 users with a socket each send into 100 rooms of 10, every send acked
 * only once durable, at rising total rates until the ack p99 passes 50 ms; then the floor.
 */
final class IngestScenario implements Scenario {

  private static final int USERS = 1_000;
  private static final int ROOM_SIZE = 10;
  private static final int[] SENDS_PER_SECOND = {500, 1_000, 2_000, 3_000, 4_000};
  private static final double STEP_SECONDS = 6;
  private static final double KNEE_MS = 50;

  @Override
  public void run(BenchCluster cluster, Report report) throws Exception {
    try (ChatSetup setup = new ChatSetup(cluster, "ingest", USERS, 1);
        ChildServer floor = BenchCluster.startFloor()) {
      setup.warmUp(cluster, report);
      LoadRun run = setup.run(report);
      MessageLoad chat = new MessageLoad(setup.ledger, setup.rooms(ROOM_SIZE, "ingest"), false);
      for (int rate : SENDS_PER_SECOND) {
        ObjectNode step =
            run.step("ingest at " + rate + "/s", chat, rate, STEP_SECONDS, cluster::cost);
        if (LoadRun.pastKnee(step, "ackMs", KNEE_MS)) {
          step.put("knee", true);
          break;
        }
      }
      MessageLoad bare =
          new MessageLoad(
              setup.ledger, setup.joinedRooms(List.of(floor.wsUrl()), false, ROOM_SIZE), true);
      run.step(
          "floor at " + SENDS_PER_SECOND[2] + "/s",
          bare,
          SENDS_PER_SECOND[2],
          STEP_SECONDS,
          floor::cost);
      setup.finish(report);
    }
  }
}
