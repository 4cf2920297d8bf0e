package chat.server.bench;

import java.util.Map;

/** One load scenario: what it sets up, what load it runs, and what it writes in the report. */
interface Scenario {

  /**
   * The servers' bcrypt cost: low where setup registers many users, 12 where logins are measured.
   */
  default int bcryptCost() {
    return 4;
  }

  /** Settings of the scenario's own for the servers, such as a larger file size limit. */
  default Map<String, String> settings() {
    return Map.of();
  }

  void run(BenchCluster cluster, Report report) throws Exception;
}
