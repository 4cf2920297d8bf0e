package chat.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The generator's accounting, without sockets: frames routed as the server sends them, messages
 * acknowledged but not delivered, and the JSON report. No load and no timing.
 */
class LedgerTest {

  private final Ledger ledger = new Ledger(10);
  private final AtomicLong errors = new AtomicLong();
  private final BenchSocket socket = new BenchSocket(ledger, errors);

  @Test
  void countsAMessageAckedButMissingReceiptsAndOneFullyDelivered() {
    int step = ledger.startStep("one");
    int delivered = ledger.send(step, 2, 1_000_000);
    int missing = ledger.send(step, 3, 1_000_000);

    socket.onFrame(ack("s" + delivered), 3_000_000);
    socket.onFrame(ack("s" + missing), 3_000_000);
    socket.onFrame(messageNew(delivered, 1_000_000), 4_000_000);
    socket.onFrame(messageNew(delivered, 1_000_000), 5_000_000);
    socket.onFrame(messageNew(missing, 1_000_000), 5_000_000);

    Ledger.Counts counts = ledger.counts(step);
    assertThat(counts.messages()).isEqualTo(2);
    assertThat(counts.acked()).isEqualTo(2);
    assertThat(counts.receipts()).isEqualTo(3);
    assertThat(counts.ackedNotDelivered()).isEqualTo(1);
    assertThat(counts.missingReceipts()).isEqualTo(2);
    assertThat(ledger.settled()).isFalse();
    assertThat(ledger.step(step).ack.getMaxValue()).isBetween(1_999L, 2_001L);
    assertThat(ledger.step(step).endToEnd.getTotalCount()).isEqualTo(3);
  }

  @Test
  void anErrorAnswerFailsTheSendAndIsNeverCountedAsUndelivered() {
    int step = ledger.startStep("errors");
    int seq = ledger.send(step, 1, 0);

    socket.onFrame(
        "{\"type\":\"error\",\"requestId\":\"s" + seq + "\",\"error\":{\"code\":\"RATE_LIMITED\"}}",
        1);

    Ledger.Counts counts = ledger.counts(step);
    assertThat(counts.failed()).isEqualTo(1);
    assertThat(counts.ackedNotDelivered()).isZero();
    assertThat(errors.get()).isEqualTo(1);
    assertThat(ledger.settled()).isTrue();
  }

  @Test
  void duplicatesAndStrayReceiptsAreCountedApart() {
    int step = ledger.startStep("dupes");
    int seq = ledger.send(step, 1, 0);

    socket.onFrame(messageNew(seq, 0), 10_000);
    socket.onFrame(messageNew(seq, 0), 20_000);
    socket.onFrame(messageNew(7, 0), 20_000);

    assertThat(ledger.counts(step).duplicates()).isEqualTo(1);
    assertThat(ledger.counts(step).receipts()).isEqualTo(1);
    assertThat(ledger.strayFrames()).isEqualTo(1);
  }

  @Test
  void aFullLedgerRefusesFurtherSends() {
    Ledger small = new Ledger(1);
    int step = small.startStep("full");

    assertThat(small.send(step, 1, 0)).isZero();
    assertThat(small.send(step, 1, 0)).isEqualTo(-1);
  }

  @Test
  void answersToOtherRequestsCompleteTheirFuturesAndLeaveTheLedgerAlone() {
    // No connection: the frame cannot go out, but its answer is routed all the same.
    var answer = socket.request("ping", "");
    String frame = "{\"type\":\"ack\",\"requestId\":\"q1\",\"result\":{}}";

    socket.onFrame(frame, 0);

    assertThat(answer).isCompletedWithValue(frame);
    assertThat(ledger.strayFrames()).isZero();
  }

  @Test
  void theReportHoldsTheMachineAndEachStepsLatenciesInMilliseconds() throws Exception {
    int step = ledger.startStep("json");
    ledger.step(step).endToEnd.recordValue(1_500);
    Report report = new Report("fanout", "embedded");
    Report.latency(report.newStep(), "endToEndMs", ledger.step(step).endToEnd);

    JsonNode json = new ObjectMapper().readTree(report.toJson());

    assertThat(json.path("scenario").asText()).isEqualTo("fanout");
    assertThat(json.path("machine").path("cores").asInt()).isPositive();
    assertThat(json.path("machine").path("loadAverageAtStart").asText()).isNotBlank();
    assertThat(json.path("steps").get(0).path("endToEndMs").path("p99").asDouble())
        .isBetween(1.49, 1.51);
  }

  private static String ack(String requestId) {
    return "{\"type\":\"ack\",\"requestId\":\"" + requestId + "\",\"result\":{\"message\":{}}}";
  }

  private static String messageNew(int seq, long sentNanos) {
    return "{\"type\":\"message.new\",\"message\":{\"messageId\":\"m1\",\"content\":\""
        + BenchSocket.content(seq, sentNanos)
        + "\"}}";
  }
}
