package chat.server.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The load benchmark, a command rather than a test (see the README's "Load benchmark"): starts the
 * servers in processes of their own, runs one scenario from this process, prints the figures and
 * writes them as JSON under {@code target/bench/}.
 *
 * <p>Arguments: the scenario ({@code idle}, {@code fanout}, {@code ingest}, {@code history}, {@code
 * login}, {@code changes}, {@code files}, {@code compare}, {@code scaling}) and the store ({@code
 * embedded}: one node; {@code redis}: two nodes on one {@code redis-server}).
 */
public final class LoadBenchmark {

  static final Path OUTPUT = Path.of("target", "bench");

  private LoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    String scenario = args.length > 0 ? args[0] : "fanout";
    String store = args.length > 1 ? args[1] : "embedded";
    Scenario run =
        switch (scenario) {
          case "idle" -> new IdleScenario();
          case "fanout" -> new FanoutScenario();
          case "ingest" -> new IngestScenario();
          case "history" -> new HistoryScenario();
          case "login" -> new LoginBurstScenario();
          case "changes" -> new ChangeCostScenario();
          case "files" -> new FileTransferScenario();
          case "compare" -> new CompareScenario();
          case "scaling" -> new ScalingScenario();
          case "reconnect" -> new ReconnectScenario();
          default ->
              throw new IllegalArgumentException(
                  "bench.scenario: idle, fanout, ingest, history, login, changes, files, compare,"
                      + " scaling or reconnect, not "
                      + scenario);
        };
    Report report = new Report(scenario, store);
    report.machine().put("diskFsyncMs", Report.round(Machine.fsyncMillis(OUTPUT), 3));
    Path work = OUTPUT.resolve("work-" + scenario + "-" + store);
    long start = System.nanoTime();
    try (BenchCluster cluster = BenchCluster.start(store, BenchCluster.settings(run), work)) {
      report.root().putPOJO("serverSettings", BenchCluster.settings(run));
      System.out.println("server process ids: " + cluster.pids());
      try {
        run.run(cluster, report);
      } finally {
        cluster.saveLogs(OUTPUT, scenario + "-" + store);
      }
    } finally {
      delete(work);
    }
    report.root().put("totalSeconds", Report.round((System.nanoTime() - start) / 1e9, 1));
    System.out.println("wrote " + report.write(OUTPUT).toAbsolutePath());
    System.exit(0);
  }

  private static void delete(Path directory) throws Exception {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
