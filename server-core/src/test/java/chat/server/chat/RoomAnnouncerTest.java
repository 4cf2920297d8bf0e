package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Message;
import chat.server.store.AppendResult;
import chat.server.store.BusEvent;
import chat.server.store.EventBus;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RoomAnnouncerTest {

  /** The bus as the sockets see it: what was published, in order. */
  private final List<Long> published = new CopyOnWriteArrayList<>();

  private final RoomAnnouncer announcer =
      new RoomAnnouncer(
          new EventBus() {
            @Override
            public void publish(BusEvent event) {
              published.add(((BusEvent.RoomMessage) event).seq());
            }

            @Override
            public void subscribe(Consumer<BusEvent> listener) {}
          });

  @Test
  void sendsThatFinishOutOfOrderAreAnnouncedInTheirRoomsOrder() {
    RoomAnnouncer.Send first = announcer.start("r1");
    RoomAnnouncer.Send second = announcer.start("r1");

    second.finish(stored(2), Set.of("u1"));
    assertThat(published).isEmpty();
    first.finish(stored(1), Set.of("u1"));

    assertThat(published).containsExactly(1L, 2L);
  }

  @Test
  void aFailedSendHoldsNoLaterOneBack() {
    RoomAnnouncer.Send failing = announcer.start("r1");
    RoomAnnouncer.Send next = announcer.start("r1");

    next.finish(stored(1), Set.of("u1"));
    failing.fail();

    assertThat(published).containsExactly(1L);
  }

  @Test
  void aRoomWithNothingUnderWayIsForgottenSoTheStateStaysBoundedByTheBusyRooms() {
    for (int room = 0; room < 1_000; room++) {
      RoomAnnouncer.Send send = announcer.start("r" + room);
      assertThat(announcer.roomsHeld()).isEqualTo(1);
      send.finish(stored(1), Set.of("u1"));
    }

    assertThat(announcer.roomsHeld()).isZero();
    assertThat(published).hasSize(1_000);
  }

  private static AppendResult stored(long seq) {
    return new AppendResult(
        Message.text("m" + seq, "r1", "u1", "Ana", "hi", 1_000, "c" + seq), seq, true);
  }
}
