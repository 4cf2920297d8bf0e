package chat.server.bench;

/** One load scenario: what it sets up, what load it runs, and what it writes in the report. */
interface Scenario {

  /**
   * The servers' bcrypt cost: low where setup registers many users, 12 where logins are measured.
   */
  default int bcryptCost() {
    return 4;
  }

  void run(BenchCluster cluster, Report report) throws Exception;
}
