package chat.server.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What one run sent, what the server acknowledged and what reached each socket, per step of the
 * load. Every message is numbered when sent; its acknowledgement and each of its receipts are
 * recorded against that number, so a message acknowledged but missing receipts is found at the end.
 * Latencies are recorded in microseconds from the intended send time (open loop: a late server
 * makes every later message late too, instead of hiding it).
 */
public final class Ledger {

  private static final long MAX_LATENCY_MICROS = TimeUnit.MINUTES.toMicros(2);
  private static final int PENDING = 0;
  private static final int ACKED = 1;
  private static final int FAILED = 2;

  private final int capacity;
  private final int[] stepOf;
  private final long[] sentAt;
  private final int[] expected;
  private final AtomicIntegerArray received;
  private final AtomicIntegerArray outcome;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong strayFrames = new AtomicLong();
  private final List<StepRecord> steps = new ArrayList<>();

  /** The histograms and counts of one step (one rate and room size; one window of the soak). */
  public static final class StepRecord {
    final String name;
    public final Histogram endToEnd = histogram();
    public final Histogram ack = histogram();

    StepRecord(String name) {
      this.name = name;
    }
  }

  public Ledger(int capacity) {
    this.capacity = capacity;
    this.stepOf = new int[capacity];
    this.sentAt = new long[capacity];
    this.expected = new int[capacity];
    this.received = new AtomicIntegerArray(capacity);
    this.outcome = new AtomicIntegerArray(capacity);
  }

  /** Opens a step; messages sent from now on count towards it. */
  public synchronized int startStep(String name) {
    steps.add(new StepRecord(name));
    return steps.size() - 1;
  }

  public synchronized StepRecord step(int index) {
    return steps.get(index);
  }

  /**
   * Numbers a message about to be sent.
   *
   * @param expectedReceipts how many sockets should receive it
   * @param sentNanos when it is due ({@link System#nanoTime})
   * @return its number, or -1 when the ledger is full (the send must then be skipped)
   */
  int send(int step, int expectedReceipts, long sentNanos) {
    long seq = sent.getAndIncrement();
    if (seq >= capacity) {
      sent.decrementAndGet();
      return -1;
    }
    stepOf[(int) seq] = step;
    sentAt[(int) seq] = sentNanos;
    expected[(int) seq] = expectedReceipts;
    return (int) seq;
  }

  void acked(int seq, long nowNanos) {
    if (valid(seq) && outcome.compareAndSet(seq, PENDING, ACKED)) {
      step(stepOf[seq]).ack.recordValue(micros(nowNanos - sentAt[seq]));
    }
  }

  void failed(int seq) {
    if (valid(seq)) {
      outcome.compareAndSet(seq, PENDING, FAILED);
    }
  }

  void delivered(int seq, long sentNanos, long nowNanos) {
    if (!valid(seq)) {
      strayFrames.incrementAndGet();
      return;
    }
    received.incrementAndGet(seq);
    step(stepOf[seq]).endToEnd.recordValue(micros(nowNanos - sentNanos));
  }

  /** Whether every message sent so far has all its receipts, or failed. */
  public boolean settled() {
    for (int seq = 0; seq < sent.get(); seq++) {
      if (outcome.get(seq) != FAILED && received.get(seq) < expected[seq]) {
        return false;
      }
    }
    return true;
  }

  /** The counts of every step together, taken now. */
  public Counts total() {
    return counts(-1);
  }

  /** The counts of one step ({@code -1}: all steps), taken now. */
  Counts counts(int step) {
    long messages = 0;
    long acked = 0;
    long failed = 0;
    long receipts = 0;
    long expectedReceipts = 0;
    long duplicates = 0;
    long ackedNotDelivered = 0;
    long missingReceipts = 0;
    for (int seq = 0; seq < sent.get(); seq++) {
      if (step >= 0 && stepOf[seq] != step) {
        continue;
      }
      messages++;
      int got = received.get(seq);
      expectedReceipts += expected[seq];
      receipts += Math.min(got, expected[seq]);
      duplicates += Math.max(0, got - expected[seq]);
      switch (outcome.get(seq)) {
        case ACKED -> {
          acked++;
          if (got < expected[seq]) {
            ackedNotDelivered++;
            missingReceipts += expected[seq] - got;
          }
        }
        case FAILED -> failed++;
        default -> {}
      }
    }
    return new Counts(
        messages,
        acked,
        failed,
        receipts,
        expectedReceipts,
        duplicates,
        ackedNotDelivered,
        missingReceipts);
  }

  long strayFrames() {
    return strayFrames.get();
  }

  /**
   * One step's counts.
   *
   * @param expectedReceipts the receipts all messages would make: each message's room's sockets
   * @param ackedNotDelivered messages acknowledged that some member socket never received
   * @param missingReceipts the receipts those messages lack
   */
  public record Counts(
      long messages,
      long acked,
      long failed,
      long receipts,
      long expectedReceipts,
      long duplicates,
      long ackedNotDelivered,
      long missingReceipts) {}

  private boolean valid(int seq) {
    return seq >= 0 && seq < sent.get();
  }

  private static long micros(long nanos) {
    return Math.clamp(nanos / 1_000, 0, MAX_LATENCY_MICROS);
  }

  private static Histogram histogram() {
    return new ConcurrentHistogram(MAX_LATENCY_MICROS, 3);
  }
}
