package chat.client.net;

import static chat.client.net.LiveSession.fastRetries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import chat.client.support.Peer;
import chat.client.support.Waits;
import chat.protocol.ErrorCode;
import chat.protocol.client.RoomJoin;
import chat.protocol.client.RoomKick;
import chat.protocol.client.RoomSlowMode;
import chat.protocol.model.ModerationAction;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.EmptyResult;
import chat.protocol.result.RoomResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Moderation as the client's session sees it: the events it turns into, and its refusals. */
class SessionModerationTest {

  @RegisterExtension final LiveSession live = new LiveSession();

  @Test
  void aKickedUsersSessionLearnsItLeftTheRoomAndHearsOfSlowMode() {
    Session alice = live.signedUp("alice", fastRetries());
    try (Peer bob = Peer.register(live.server(), "bob")) {
      Room room = bob.createRoom("bob's", RoomVisibility.PUBLIC, List.of());
      alice.request(id -> new RoomJoin(id, room.roomId()), RoomResult.class).join();

      bob.request(id -> new RoomSlowMode(id, room.roomId(), 15), EmptyResult.class);
      bob.request(id -> new RoomKick(id, room.roomId(), alice.me().userId()), EmptyResult.class);

      Waits.until(
          "the kick",
          () ->
              live.events().stream()
                  .anyMatch(
                      event ->
                          event instanceof ClientEvent.MemberChanged changed
                              && changed.removes(alice.me().userId())
                              && changed.action() == ModerationAction.KICK
                              && changed.byUserId().equals(bob.userId())));
      assertThat(live.events())
          .contains(new ClientEvent.SlowModeChanged(room.roomId(), 15, bob.userId()));
    }
  }

  @Test
  void aMemberAskingForAModeratorActionIsRefusedWithForbidden() {
    Session alice = live.signedUp("alice", fastRetries());
    try (Peer bob = Peer.register(live.server(), "bob")) {
      Room room = bob.createRoom("bob's", RoomVisibility.PUBLIC, List.of());
      alice.request(id -> new RoomJoin(id, room.roomId()), RoomResult.class).join();

      Throwable refused =
          catchThrowable(
              () ->
                  alice
                      .request(
                          id -> new RoomKick(id, room.roomId(), bob.userId()), EmptyResult.class)
                      .join());

      assertThat(refused).hasCauseInstanceOf(ApiException.class);
      assertThat(((ApiException) refused.getCause()).code()).isEqualTo(ErrorCode.FORBIDDEN);
    }
  }
}
