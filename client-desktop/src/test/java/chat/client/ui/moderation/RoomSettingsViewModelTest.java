package chat.client.ui.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.LiveRoom;
import chat.client.support.Peer;
import chat.client.support.Waits;
import chat.protocol.client.RoomBan;
import chat.protocol.client.RoomJoin;
import chat.protocol.client.RoomModeration;
import chat.protocol.client.RoomRoleSet;
import chat.protocol.model.MemberStanding;
import chat.protocol.model.Room;
import chat.protocol.model.RoomRole;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.EmptyResult;
import chat.protocol.result.ModerationResult;
import chat.protocol.result.RoomResult;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Alice owns "general", where bob is a member; bob owns the rooms he makes. */
class RoomSettingsViewModelTest {

  @RegisterExtension final LiveRoom live = LiveRoom.aliceAndBob();

  @Test
  void theOwnerSetsSlowModeAndLiftsABan() {
    String roomId = live.room().roomId();
    live.client()
        .request(id -> new RoomBan(id, roomId, live.bob().userId(), null), Object.class)
        .join();
    RoomSettingsViewModel settings =
        new RoomSettingsViewModel(live.client(), roomId, ZoneOffset.UTC);
    Waits.until("the ban", () -> settings.bans().size() == 1);
    assertThat(settings.describe(settings.bans().getFirst())).isEqualTo("bob, for good");

    settings.setSlowMode(30);
    settings.unban(settings.bans().getFirst());

    Waits.until(
        "no ban", () -> settings.bans().isEmpty() && settings.slowModeProperty().get() == 30);
    ModerationResult stored =
        live.client().request(id -> new RoomModeration(id, roomId), ModerationResult.class).join();
    assertThat(stored.slowModeSeconds()).isEqualTo(30);
    assertThat(stored.bans()).isEmpty();
  }

  @Test
  void aRefusedSlowModeGoesBackToTheOneInForceAndSaysWhy() {
    Peer bob = live.bob();
    Room bobs = bob.createRoom("bobs", RoomVisibility.PUBLIC, List.of());
    String roomId = bobs.roomId();
    String me = live.client().me().userId();
    live.client().request(id -> new RoomJoin(id, roomId), RoomResult.class).join();
    bob.request(id -> new RoomRoleSet(id, roomId, me, RoomRole.MODERATOR), EmptyResult.class);
    RoomSettingsViewModel settings =
        new RoomSettingsViewModel(live.client(), roomId, ZoneOffset.UTC);
    Waits.until("the roles", () -> settings.staff().size() == 2);
    bob.request(id -> new RoomRoleSet(id, roomId, me, RoomRole.MEMBER), EmptyResult.class);

    settings.setSlowMode(30);

    Waits.until("the refusal", () -> !settings.errorProperty().get().isEmpty());
    assertThat(settings.chosenSlowModeProperty().get()).as("the picker").isZero();
    assertThat(settings.slowModeProperty().get()).isZero();
    ModerationResult stored =
        bob.request(id -> new RoomModeration(id, roomId), ModerationResult.class);
    assertThat(stored.slowModeSeconds()).isZero();
  }

  @Test
  void theOwnerSeesTheModeratorsAndMakesOneAMemberAgain() {
    String roomId = live.room().roomId();
    live.client()
        .request(
            id -> new RoomRoleSet(id, roomId, live.bob().userId(), RoomRole.MODERATOR),
            Object.class)
        .join();
    RoomSettingsViewModel settings =
        new RoomSettingsViewModel(live.client(), roomId, ZoneOffset.UTC);
    Waits.until("the roles", () -> settings.staff().size() == 2);
    assertThat(settings.staff().stream().map(RoomSettingsViewModel::describe))
        .containsExactly("alice · owner", "bob · moderator");
    assertThat(settings.changesRolesProperty().get()).isTrue();

    settings.makeMember(settings.staff().get(1));

    Waits.until("bob no longer listed", () -> settings.staff().size() == 1);
    ModerationResult stored =
        live.client().request(id -> new RoomModeration(id, roomId), ModerationResult.class).join();
    assertThat(stored.members())
        .filteredOn(m -> m.userId().equals(live.bob().userId()))
        .extracting(MemberStanding::role)
        .containsExactly(RoomRole.MEMBER);
  }
}
