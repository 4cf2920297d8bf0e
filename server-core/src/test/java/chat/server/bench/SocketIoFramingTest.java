package chat.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The generator's frames in Socket.IO packets and back, as a Socket.IO 4 server writes them, routed
 * into the ledger like our server's frames. No socket and no timing.
 */
class SocketIoFramingTest {

  private final Ledger ledger = new Ledger(10);
  private final AtomicLong errors = new AtomicLong();
  private final BenchSocket socket = new BenchSocket(ledger, errors);

  @Test
  void aSendTravelsAsAnEventWithAnAckIdAndItsAckAndBroadcastReachTheLedger() {
    int step = ledger.startStep("socket.io");
    int seq = ledger.send(step, 1, 1_000_000);
    String frame =
        "{\"type\":\"message.send\",\"requestId\":\"s"
            + seq
            + "\",\"roomId\":\"room-0\",\"content\":\""
            + BenchSocket.content(seq, 1_000_000)
            + "\"}";

    String packet = SocketIoFraming.event(frame);
    route("43" + 2 * seq + "[{\"requestId\":\"s" + seq + "\",\"messageId\":\"m1\"}]", 2_000_000);
    route(
        "42[\"message.new\",{\"message\":{\"id\":\"m1\",\"content\":\""
            + BenchSocket.content(seq, 1_000_000)
            + "\"}}]",
        3_000_000);

    assertThat(packet).isEqualTo("42" + 2 * seq + "[\"message.send\"," + frame + "]");
    Ledger.Counts counts = ledger.counts(step);
    assertThat(counts.acked()).isEqualTo(1);
    assertThat(counts.receipts()).isEqualTo(1);
    assertThat(counts.ackedNotDelivered()).isZero();
  }

  @Test
  void anAckCarryingAnErrorFailsTheSend() {
    int step = ledger.startStep("refused");
    int seq = ledger.send(step, 1, 0);

    route("43" + 2 * seq + "[{\"requestId\":\"s" + seq + "\",\"error\":\"NOT_A_MEMBER\"}]", 1);

    assertThat(ledger.counts(step).failed()).isEqualTo(1);
    assertThat(errors.get()).isEqualTo(1);
  }

  @Test
  void aRequestsAckCompletesItsFutureThroughTheOddAckIds() {
    var answer = socket.request("join", ",\"room\":\"room-0\"");

    route("43" + SocketIoFraming.ackId("q1") + "[{\"requestId\":\"q1\"}]", 0);

    assertThat(SocketIoFraming.ackId("q1")).isEqualTo(3);
    assertThat(answer).isCompletedWithValue("{\"type\":\"ack\",\"requestId\":\"q1\"}");
  }

  @Test
  void engineAndNamespacePacketsAreToldApart() {
    assertThat(SocketIoFraming.read("2")).isInstanceOf(SocketIoFraming.Ping.class);
    assertThat(SocketIoFraming.read("40{\"sid\":\"x\"}"))
        .isInstanceOf(SocketIoFraming.Connected.class);
    assertThat(SocketIoFraming.read("44{\"message\":\"unauthorized\"}"))
        .isInstanceOf(SocketIoFraming.Refused.class);
    assertThat(SocketIoFraming.read("0{\"sid\":\"x\",\"pingInterval\":25000}"))
        .isInstanceOf(SocketIoFraming.Other.class);
    assertThat(SocketIoFraming.connect("t0k")).isEqualTo("40{\"token\":\"t0k\"}");
  }

  private void route(String packet, long nowNanos) {
    socket.onFrame(((SocketIoFraming.Frame) SocketIoFraming.read(packet)).frame(), nowNanos);
  }
}
