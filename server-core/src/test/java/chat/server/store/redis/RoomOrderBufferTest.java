package chat.server.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Message;
import chat.protocol.server.MessageNew;
import chat.server.store.BusEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RoomOrderBufferTest {

  private static final Duration PATIENCE = Duration.ofMillis(300);

  private final BlockingQueue<String> passedOn = new LinkedBlockingQueue<>();
  private RoomOrderBuffer buffer =
      buffer(new RoomOrderBuffer.Bounds(PATIENCE, Duration.ofMinutes(1), 100, 100));

  private RoomOrderBuffer buffer(RoomOrderBuffer.Bounds bounds) {
    return new RoomOrderBuffer(
        event -> passedOn.add(((BusEvent.RoomMessage) event).roomId() + ":" + seqOf(event)),
        bounds);
  }

  private static long seqOf(BusEvent event) {
    return ((BusEvent.RoomMessage) event).seq();
  }

  @AfterEach
  void close() {
    buffer.close();
  }

  private static BusEvent.RoomMessage message(String roomId, long seq) {
    Message message = Message.text("m" + seq, roomId, "u1", "alice", "hi", 0, "c" + seq);
    return new BusEvent.RoomMessage(Set.of("u1"), new MessageNew(message), seq);
  }

  private void receive(String roomId, long... seqs) {
    for (long seq : seqs) {
      buffer.accept(message(roomId, seq));
    }
  }

  /** What has been passed on so far, without waiting. */
  private List<String> passedOnSoFar() {
    List<String> drained = new ArrayList<>();
    passedOn.drainTo(drained);
    return drained;
  }

  /** The next {@code count} passed on, waiting up to {@code within} for them all. */
  private List<String> passedOnWithin(int count, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    List<String> received = new ArrayList<>();
    while (received.size() < count) {
      String next = passedOn.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (next == null) {
        break;
      }
      received.add(next);
    }
    return received;
  }

  @Test
  void messagesInOrderArePassedOnAtOnce() {
    receive("r", 1, 2, 3);

    assertThat(passedOnSoFar()).containsExactly("r:1", "r:2", "r:3");
  }

  @Test
  void aMessageAheadOfItsTurnWaitsForTheOnesBeforeIt() {
    receive("r", 1, 3, 4);
    assertThat(passedOnSoFar()).containsExactly("r:1");

    receive("r", 2);

    assertThat(passedOnSoFar()).containsExactly("r:2", "r:3", "r:4");
  }

  @Test
  void theFirstMessageOfARoomIsPassedOnAtOnceAndSetsItsPlace() {
    receive("r", 7, 9);
    assertThat(passedOnSoFar()).containsExactly("r:7");

    receive("r", 8);

    assertThat(passedOnSoFar()).containsExactly("r:8", "r:9");
  }

  @Test
  void aGapThatNeverFillsIsGivenUpOnceThePatienceRunsOut() throws Exception {
    long heldSince = System.nanoTime(); // before: on a loaded machine receiving can take a while
    receive("r", 1, 3, 5, 4);

    List<String> released = passedOnWithin(4, PATIENCE.multipliedBy(10));

    assertThat(released).containsExactly("r:1", "r:3", "r:4", "r:5");
    assertThat(Duration.ofNanos(System.nanoTime() - heldSince))
        .isGreaterThanOrEqualTo(PATIENCE.minusMillis(50));
    receive("r", 6);
    assertThat(passedOnSoFar()).containsExactly("r:6");
  }

  @Test
  void aMessageThatComesAfterItsGapWasGivenUpIsStillPassedOn() throws Exception {
    receive("r", 1, 3);
    assertThat(passedOnWithin(2, PATIENCE.multipliedBy(10))).containsExactly("r:1", "r:3");

    receive("r", 2, 4);

    assertThat(passedOnSoFar()).containsExactly("r:2", "r:4");
  }

  @Test
  void aGapInOneRoomHoldsBackNoOtherRoom() {
    receive("a", 1, 3);
    receive("b", 1, 2);

    assertThat(passedOnSoFar()).containsExactly("a:1", "b:1", "b:2");
  }

  @Test
  void beyondTheMostRoomsTheLeastRecentlyHeardIsForgottenPassingOnWhatItHeld() {
    buffer.close();
    buffer = buffer(new RoomOrderBuffer.Bounds(PATIENCE, Duration.ofMinutes(1), 3, 100));
    receive("old", 1, 3);
    receive("r1", 1);
    receive("r2", 1);
    assertThat(passedOnSoFar()).containsExactly("old:1", "r1:1", "r2:1");

    receive("r3", 1);
    assertThat(passedOnSoFar()).containsExactly("old:3", "r3:1");

    receive("old", 9);
    assertThat(passedOnSoFar()).containsExactly("old:9");
  }

  @Test
  void aRoomIdleLongEnoughIsForgottenAndStartsAfresh() throws Exception {
    buffer.close();
    buffer = buffer(new RoomOrderBuffer.Bounds(PATIENCE, Duration.ofMillis(50), 100, 100));
    receive("quiet", 1);
    Thread.sleep(100);
    receive("busy", 1);

    receive("quiet", 5);

    assertThat(passedOnSoFar()).containsExactly("quiet:1", "busy:1", "quiet:5");
  }

  @Test
  void beyondTheMostHeldMessagesTheRoomStopsWaiting() {
    buffer.close();
    buffer = buffer(new RoomOrderBuffer.Bounds(PATIENCE, Duration.ofMinutes(1), 100, 2));
    receive("r", 1, 3, 4);
    assertThat(passedOnSoFar()).containsExactly("r:1");

    receive("r", 5);

    assertThat(passedOnSoFar()).containsExactly("r:3", "r:4", "r:5");
  }

  @Test
  void closingPassesOnWhatIsHeldAndEverythingAfter() {
    receive("r", 1, 3);

    buffer.close();
    receive("r", 2);

    assertThat(passedOnSoFar()).containsExactly("r:1", "r:3", "r:2");
  }
}
