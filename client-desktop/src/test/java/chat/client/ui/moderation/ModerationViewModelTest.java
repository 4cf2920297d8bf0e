package chat.client.ui.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.net.ClientEvent;
import chat.client.support.LiveRoom;
import chat.client.support.Peer;
import chat.client.support.Waits;
import chat.client.ui.chat.ChatLine;
import chat.client.ui.chat.ChatViewModel;
import chat.client.ui.chat.MessageActions;
import chat.protocol.client.RoomCreate;
import chat.protocol.client.RoomJoin;
import chat.protocol.client.RoomMute;
import chat.protocol.client.RoomRoleSet;
import chat.protocol.client.RoomSlowMode;
import chat.protocol.client.RoomTransfer;
import chat.protocol.model.Room;
import chat.protocol.model.RoomRole;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.EmptyResult;
import chat.protocol.result.RoomResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Alice's app joins bob's room, where bob, the owner, moderates her. */
class ModerationViewModelTest {

  @RegisterExtension final LiveRoom live = LiveRoom.aliceAndBob();

  private ModerationViewModel moderation;
  private Room room;

  @BeforeEach
  void start() {
    Peer bob = live.bob();
    room = bob.createRoom("bobs", RoomVisibility.PUBLIC, List.of());
    live.client()
        .request(id -> new RoomJoin(id, room.roomId()), RoomResult.class)
        .toCompletableFuture()
        .join();
    moderation = new ModerationViewModel(live.client(), Clock.systemUTC(), ZoneOffset.UTC);
    live.client()
        .addListener(
            event -> {
              switch (event) {
                case ClientEvent.MemberChanged m -> moderation.memberChanged(m);
                case ClientEvent.SlowModeChanged s -> moderation.slowModeChanged(s);
                case ClientEvent.SendHeld h -> moderation.sendHeld(h.roomId(), h.retryAfterMs());
                case ClientEvent.SendRefused r -> moderation.sendRefused(r);
                case ClientEvent.RoomsListed l -> moderation.reconnected();
                default -> {}
              }
            });
    moderation.roomChanged(room.roomId());
    Waits.until("the roles", () -> moderation.roleOf(bob.userId()) == RoomRole.OWNER);
  }

  @Test
  void aMutedMemberIsToldUntilWhenInTheComposerLine() {
    String before = hoursAndMinutes(Instant.now().plusSeconds(600));
    live.bob()
        .request(
            id -> new RoomMute(id, room.roomId(), live.client().me().userId(), 600),
            EmptyResult.class);

    Waits.until(
        "the muted line",
        () -> moderation.composerNoticeProperty().get().startsWith("You are muted until "));
    String after = hoursAndMinutes(Instant.now().plusSeconds(600));
    assertThat(moderation.composerNoticeProperty().get())
        .isIn("You are muted until " + before, "You are muted until " + after);
  }

  @Test
  void slowModeShowsUnderTheComposerAndAHeldSendSaysTheWait() {
    live.bob().request(id -> new RoomSlowMode(id, room.roomId(), 30), EmptyResult.class);
    Waits.until(
        "the slow-mode line",
        () ->
            moderation.composerNoticeProperty().get().equals("Slow mode: one message every 30 s"));

    live.client().outgoing().send(room.roomId(), "first");
    live.client().outgoing().send(room.roomId(), "second, too soon");

    Waits.until(
        "the wait",
        () -> moderation.composerNoticeProperty().get().matches("You can send again in \\d+ s"));
  }

  @Test
  void aStandingThatFailedToLoadWhileOfflineLoadsOnceReconnected() {
    live.server().stop();
    Waits.until("offline", () -> !live.client().statusProperty().get().connected());
    moderation.roomChanged(room.roomId());
    assertThat(moderation.roleOf(live.bob().userId())).as("asked while offline").isNull();

    live.server().restart();

    Waits.until("the roles", () -> moderation.roleOf(live.bob().userId()) == RoomRole.OWNER);
    assertThat(moderation.myRole()).isEqualTo(RoomRole.MEMBER);
  }

  @Test
  void rolesFollowMemberUpdatesLive() {
    String me = live.client().me().userId();
    assertThat(moderation.myRole()).isEqualTo(RoomRole.MEMBER);

    live.bob()
        .request(
            id -> new RoomRoleSet(id, room.roomId(), me, RoomRole.MODERATOR), EmptyResult.class);

    Waits.until("the new role", () -> moderation.myRole() == RoomRole.MODERATOR);
  }

  @Test
  void aModeratorMayDeleteAPlainMembersMessageButNotTheOwners() {
    Peer carol = joinedByCarol();
    carol.say(room.roomId(), "carol's");
    live.bob().say(room.roomId(), "bob's");
    madeModerator(carol);
    ChatViewModel chat = new ChatViewModel(live.client(), ZoneOffset.UTC);
    chat.actions().rankedBy(moderation);

    chat.open(room.roomId(), 0);
    Waits.until(
        "both messages", () -> line(chat, "bob's") != null && line(chat, "carol's") != null);

    assertThat(chat.actions().of(line(chat, "carol's"))).contains(MessageActions.Action.DELETE);
    assertThat(chat.actions().of(line(chat, "bob's"))).doesNotContain(MessageActions.Action.DELETE);
  }

  @Test
  void aModeratorIsOfferedActionsOnlyOnThoseBelowAndAKickTakesTheMemberOut() {
    Peer carol = joinedByCarol();
    String me = madeModerator(carol);
    MemberActions actions = new MemberActions(live.client(), moderation, failure -> {});

    assertThat(actions.of(live.bob().userId())).as("the owner").isEmpty();
    assertThat(actions.of(me)).as("oneself").isEmpty();
    assertThat(actions.of(carol.userId()))
        .containsExactly(
            MemberActions.Action.KICK,
            MemberActions.Action.BAN_HOUR,
            MemberActions.Action.BAN_DAY,
            MemberActions.Action.BAN_FOR_GOOD,
            MemberActions.Action.MUTE_10_MIN,
            MemberActions.Action.MUTE_HOUR,
            MemberActions.Action.MUTE_DAY);

    actions.run(MemberActions.Action.MUTE_HOUR, room.roomId(), carol.userId());
    Waits.until(
        "carol muted", () -> actions.of(carol.userId()).contains(MemberActions.Action.UNMUTE));
    actions.run(MemberActions.Action.KICK, room.roomId(), carol.userId());
    Waits.until("carol gone", () -> moderation.roleOf(carol.userId()) == null);
  }

  @Test
  void aMemberWhoJoinedAfterTheRoomOpenedIsOfferedToTheOwner() {
    String me = live.client().me().userId();
    live.bob().request(id -> new RoomTransfer(id, room.roomId(), me), EmptyResult.class);
    Waits.until("ownership", () -> moderation.myRole() == RoomRole.OWNER);
    try (Peer carol = Peer.register(live.server(), "carol")) {
      carol.request(id -> new RoomJoin(id, room.roomId()), RoomResult.class);
      MemberActions actions = new MemberActions(live.client(), moderation, failure -> {});

      assertThat(actions.of(carol.userId())).startsWith(MemberActions.Action.MAKE_MODERATOR);
    }
  }

  @Test
  void theOwnerMayNameModeratorsAndHandTheRoomOver() {
    String me = live.client().me().userId();
    live.bob().request(id -> new RoomTransfer(id, room.roomId(), me), EmptyResult.class);
    Waits.until("ownership", () -> moderation.myRole() == RoomRole.OWNER);
    MemberActions actions = new MemberActions(live.client(), moderation, failure -> {});

    assertThat(actions.of(live.bob().userId()))
        .startsWith(MemberActions.Action.MAKE_MEMBER, MemberActions.Action.HAND_OVER);
    actions.run(MemberActions.Action.MAKE_MEMBER, room.roomId(), live.bob().userId());
    Waits.until("bob a member", () -> moderation.roleOf(live.bob().userId()) == RoomRole.MEMBER);
    assertThat(actions.of(live.bob().userId())).startsWith(MemberActions.Action.MAKE_MODERATOR);
  }

  @Test
  void aHandOverConfirmedAfterAnotherRoomOpenedActsOnNeither() {
    String me = live.client().me().userId();
    String bob = live.bob().userId();
    live.bob().request(id -> new RoomTransfer(id, room.roomId(), me), EmptyResult.class);
    Waits.until("ownership", () -> moderation.myRole() == RoomRole.OWNER);
    MemberActions actions = new MemberActions(live.client(), moderation, failure -> {});
    String menuRoom = actions.openRoom();
    Room mine =
        live.client()
            .request(
                id -> new RoomCreate(id, "alices", RoomVisibility.PUBLIC, null), RoomResult.class)
            .join()
            .room();
    live.bob().request(id -> new RoomJoin(id, mine.roomId()), RoomResult.class);
    moderation.roomChanged(mine.roomId());
    Waits.until("bob in alice's room", () -> moderation.roleOf(bob) == RoomRole.MEMBER);

    actions.run(MemberActions.Action.HAND_OVER, menuRoom, bob);
    actions.run(MemberActions.Action.MAKE_MODERATOR, actions.openRoom(), bob);

    Waits.until("bob a moderator", () -> moderation.roleOf(bob) == RoomRole.MODERATOR);
    assertThat(moderation.myRole()).isEqualTo(RoomRole.OWNER);
    moderation.roomChanged(room.roomId());
    Waits.until("the first room's roles", () -> moderation.roleOf(bob) != null);
    assertThat(moderation.myRole()).isEqualTo(RoomRole.OWNER);
  }

  private static ChatLine line(ChatViewModel chat, String content) {
    return chat.linesProperty().get().stream()
        .filter(l -> l.message() != null && content.equals(l.message().content()))
        .findFirst()
        .orElse(null);
  }

  private static String hoursAndMinutes(Instant at) {
    return DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(ZoneOffset.UTC));
  }

  /** Carol, a new account, joins the room as a plain member. */
  private Peer joinedByCarol() {
    Peer carol = Peer.register(live.server(), "carol");
    carol.request(id -> new RoomJoin(id, room.roomId()), RoomResult.class);
    return carol;
  }

  /**
   * Bob, the owner, makes alice a moderator; returns once her view model knows it and sees {@code
   * carol} as a member. Alice's user id.
   */
  private String madeModerator(Peer carol) {
    String me = live.client().me().userId();
    live.bob()
        .request(
            id -> new RoomRoleSet(id, room.roomId(), me, RoomRole.MODERATOR), EmptyResult.class);
    Waits.until("the new role", () -> moderation.myRole() == RoomRole.MODERATOR);
    moderation.roomChanged(room.roomId());
    Waits.until("carol's role", () -> moderation.roleOf(carol.userId()) == RoomRole.MEMBER);
    return me;
  }
}
