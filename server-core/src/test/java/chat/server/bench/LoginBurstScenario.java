package chat.server.bench;

import chat.server.support.ApiClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Scenario 5: a login burst at bcrypt cost 12 while messages flow. 20 users with 5 sockets each in
 * one room (100 sockets) get 100 messages a second (10,000 deliveries a second): first alone, then
 * while 6 logins a second arrive over HTTP (each a cost-12 hash, about 0.25 s of a core), then
 * alone again. What it shows is the message p99 during the burst.
 */
final class LoginBurstScenario implements Scenario {

  private static final int USERS = 20;
  private static final int SOCKETS_PER_USER = 5;
  private static final double MESSAGES_PER_SECOND = 100;
  private static final double LOGINS_PER_SECOND = 4;
  private static final double STEP_SECONDS = 8;

  @Override
  public int bcryptCost() {
    return 12;
  }

  @Override
  public void run(BenchCluster cluster, Report report) throws Exception {
    try (ChatSetup setup = new ChatSetup(cluster, "login", USERS, SOCKETS_PER_USER)) {
      setup.warmUp(cluster, report);
      LoadRun run = setup.run(report);
      MessageLoad load = new MessageLoad(setup.ledger, setup.rooms(USERS, "login"), false);
      run.step("messages before", load, MESSAGES_PER_SECOND, STEP_SECONDS, cluster::cost);
      run.step(
          "messages during logins",
          load,
          MESSAGES_PER_SECOND,
          STEP_SECONDS,
          cluster::cost,
          step -> logins(step, cluster, setup.users));
      run.step("messages after", load, MESSAGES_PER_SECOND, STEP_SECONDS, cluster::cost);
      setup.finish(report);
    }
  }

  private static void logins(ObjectNode step, BenchCluster cluster, List<Population.User> users) {
    Histogram latency = new ConcurrentHistogram(3);
    long failures = 0;
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Boolean>> logins = new ArrayList<>();
      int[] turn = {0};
      OpenLoop.run(
          LOGINS_PER_SECOND,
          STEP_SECONDS,
          due -> {
            int i = turn[0]++;
            ApiClient api = cluster.api(i % cluster.size());
            String username = users.get(i % users.size()).username();
            logins.add(
                threads.submit(
                    () -> {
                      boolean ok = api.login(username, "correct horse battery").status() == 200;
                      latency.recordValue((System.nanoTime() - due) / 1_000);
                      return ok;
                    }));
          });
      for (Future<Boolean> login : logins) {
        try {
          if (!login.get(60, TimeUnit.SECONDS)) {
            failures++;
          }
        } catch (Exception e) {
          failures++;
        }
      }
    }
    step.put("loginsPerSecond", LOGINS_PER_SECOND);
    Report.latency(step, "loginMs", latency);
    step.put("loginFailures", failures);
    System.out.printf(
        "logins: p50 %.0f p99 %.0f ms, failures %d%n",
        step.path("loginMs").path("p50").asDouble(), Report.p99(step, "loginMs"), failures);
  }
}
