package chat.server.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Supplier;

/**
 * Scenario 2: fan-out. 1,000 users with a socket each, in rooms of 10, 100 and 1,000; for each room
 * size, rising delivery rates until p99 passes 50 ms (the knee), then the same on the floor server.
 */
final class FanoutScenario implements Scenario {

  private static final int USERS = 1_000;
  private static final int[] ROOM_SIZES = {10, 100, 1_000};
  private static final int[] DELIVERIES_PER_SECOND = {5_000, 10_000, 20_000, 40_000};
  private static final double STEP_SECONDS = 3;
  private static final double KNEE_MS = 50;

  @Override
  public void run(BenchCluster cluster, Report report) throws Exception {
    try (ChatSetup setup = new ChatSetup(cluster, "fan", USERS, 1);
        ChildServer floor = BenchCluster.startFloor()) {
      setup.warmUp(cluster, report);
      LoadRun run = setup.run(report);
      for (int size : ROOM_SIZES) {
        List<Population.Room> rooms = setup.rooms(size, "fan" + size);
        rise(
            run,
            "chat rooms of " + size,
            new MessageLoad(setup.ledger, rooms, false),
            cluster::cost);
        List<Population.Room> floorRooms = setup.joinedRooms(List.of(floor.wsUrl()), false, size);
        rise(
            run,
            "floor rooms of " + size,
            new MessageLoad(setup.ledger, floorRooms, true),
            floor::cost);
        floorRooms.forEach(room -> room.sockets().forEach(BenchSocket::close));
      }
      setup.finish(report);
    }
  }

  /** Steps up the rate until p99 passes the knee or the rates run out. */
  static void rise(LoadRun run, String name, MessageLoad load, Supplier<ProcessCost> cost)
      throws InterruptedException {
    for (int deliveries : DELIVERIES_PER_SECOND) {
      double perSecond = (double) deliveries / load.socketsPerRoom();
      ObjectNode step =
          run.step(name + " at " + deliveries + "/s", load, perSecond, STEP_SECONDS, cost);
      if (LoadRun.pastKnee(step, "endToEndMs", KNEE_MS)) {
        step.put("knee", true);
        return;
      }
    }
  }
}
