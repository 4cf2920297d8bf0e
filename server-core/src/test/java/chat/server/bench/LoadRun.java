package chat.server.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs steps of message load and writes each one's figures into the report: rates, latencies,
 * errors, messages acknowledged but not delivered, and what the server spent.
 */
final class LoadRun {

  private static final long SETTLE_NANOS = 3_000_000_000L;

  private final Ledger ledger;
  private final AtomicLong errors;
  private final Report report;
  private final List<Finished> finished = new ArrayList<>();

  /** A step already written, to bring up to date once late receipts are in. */
  private record Finished(ObjectNode node, int step) {}

  LoadRun(Ledger ledger, AtomicLong errors, Report report) {
    this.ledger = ledger;
    this.errors = errors;
    this.report = report;
  }

  /**
   * One step: {@code perSecond} messages a second for {@code seconds}, then up to 3 s for late
   * receipts.
   *
   * @param serverCost the server's processes (chat nodes or the floor server), read before and
   *     after
   */
  ObjectNode step(
      String name,
      MessageLoad load,
      double perSecond,
      double seconds,
      Supplier<ProcessCost> serverCost)
      throws InterruptedException {
    return step(name, load, perSecond, seconds, serverCost, node -> {});
  }

  /**
   * Like {@link #step(String, MessageLoad, double, double, Supplier)}, with {@code alongside}
   * running on a thread of its own during the load; it gets the step's report entry to write its
   * own figures into and must return within the step.
   */
  ObjectNode step(
      String name,
      MessageLoad load,
      double perSecond,
      double seconds,
      Supplier<ProcessCost> serverCost,
      Consumer<ObjectNode> alongside)
      throws InterruptedException {
    ObjectNode node = report.newStep();
    Thread side = Thread.ofVirtual().start(() -> alongside.accept(node));
    int step = ledger.startStep(name);
    long errorsBefore = errors.get();
    ProcessCost before = serverCost.get();
    long start = System.nanoTime();
    load.run(step, perSecond, seconds);
    double elapsed = (System.nanoTime() - start) / 1e9;
    side.join();
    long settleUntil = System.nanoTime() + SETTLE_NANOS;
    while (!ledger.settled() && System.nanoTime() < settleUntil) {
      sleep(20);
    }
    ProcessCost spent = serverCost.get().minus(before);
    Ledger.Counts counts = ledger.counts(step);

    node.put("name", name);
    node.put("socketsPerRoom", load.socketsPerRoom());
    node.put("targetMessagesPerSecond", perSecond);
    node.put("targetDeliveriesPerSecond", perSecond * load.socketsPerRoom());
    node.put("seconds", Report.round(elapsed, 2));
    node.put("messages", counts.messages());
    node.put("sendsAckedPerSecond", Report.round(counts.acked() / elapsed, 1));
    node.put("deliveriesPerSecond", Report.round(counts.receipts() / elapsed, 1));
    node.put("deliveredWithinStep", counts.receipts() >= counts.expectedReceipts());
    node.put("errors", errors.get() - errorsBefore);
    fill(node, step);
    finished.add(new Finished(node, step));
    node.put(
        "serverCpuMicrosPerDelivery",
        counts.receipts() == 0 ? 0 : Report.round(spent.cpuNanos() / 1e3 / counts.receipts(), 2));
    node.put("serverCpuPercent", Report.round(100.0 * spent.cpuNanos() / 1e9 / elapsed, 1));
    System.out.printf(
        "%-28s %7.0f msg/s x %4d: %9.0f deliveries/s, e2e p50 %.2f p99 %.2f max %.2f ms, ack p99"
            + " %.2f ms, %.2f us CPU/delivery, errors %d, acked-not-delivered %d%n",
        name,
        perSecond,
        load.socketsPerRoom(),
        node.path("deliveriesPerSecond").asDouble(),
        node.path("endToEndMs").path("p50").asDouble(),
        Report.p99(node, "endToEndMs"),
        node.path("endToEndMs").path("max").asDouble(),
        Report.p99(node, "ackMs"),
        node.path("serverCpuMicrosPerDelivery").asDouble(),
        node.path("errors").asLong(),
        counts.ackedNotDelivered());
    return node;
  }

  /**
   * Rewrites every finished step's latencies and delivery counts with what arrived since (receipts
   * later than the step's 3 s of settling count too; leaving them out would flatter the tail).
   */
  void refresh() {
    finished.forEach(done -> fill(done.node(), done.step()));
  }

  /** A step is past the knee once its p99 passes {@code kneeMillis} or it fell behind. */
  static boolean pastKnee(ObjectNode step, String latency, double kneeMillis) {
    return Report.p99(step, latency) > kneeMillis || !step.path("deliveredWithinStep").asBoolean();
  }

  private void fill(ObjectNode node, int step) {
    Ledger.Counts counts = ledger.counts(step);
    Report.latency(node, "endToEndMs", ledger.step(step).endToEnd);
    Report.latency(node, "ackMs", ledger.step(step).ack);
    node.put("failedSends", counts.failed());
    node.put("ackedNotDelivered", counts.ackedNotDelivered());
    node.put("missingReceipts", counts.missingReceipts());
    node.put("duplicateReceipts", counts.duplicates());
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
