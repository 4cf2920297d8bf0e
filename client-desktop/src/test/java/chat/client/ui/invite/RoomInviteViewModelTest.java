package chat.client.ui.invite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.client.net.ApiException;
import chat.client.net.InviteLink;
import chat.client.net.Session;
import chat.client.support.Clients;
import chat.client.support.Folders;
import chat.client.support.LiveRoom;
import chat.protocol.ErrorCode;
import chat.protocol.client.RoomCreate;
import chat.protocol.client.RoomJoin;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.RoomResult;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Alice owns the server and her rooms; carol is a plain user with her own app. */
class RoomInviteViewModelTest {

  @RegisterExtension final LiveRoom live = LiveRoom.alice();

  private Session carol;

  @BeforeEach
  void carolSignsUp() {
    carol = Clients.signedUp(live.server(), Folders.fresh("room-invite-carol"), "carol");
  }

  @AfterEach
  void carolLeaves() {
    carol.close();
  }

  @Test
  void theOwnersLinkLetsAnotherUserIntoHerPrivateRoom() {
    Room secret =
        live.client()
            .request(
                id -> new RoomCreate(id, "secret", RoomVisibility.PRIVATE, null), RoomResult.class)
            .join()
            .room();
    RoomInviteViewModel invite =
        new RoomInviteViewModel(live.client().roomInvites(), secret.roomId(), Clock.systemUTC());

    invite.open().join();

    assertThat(invite.errorProperty().get()).isEmpty();
    InviteLink link = InviteLink.parse(invite.linkProperty().get());
    assertThat(link.hostPort()).isEqualTo(live.server().address());
    Room joined = carol.roomInvites().redeem(link).join();
    assertThat(joined.roomId()).isEqualTo(secret.roomId());
  }

  @Test
  void aMemberWhoDoesNotOwnTheRoomGetsNoLink() {
    String roomId = live.room().roomId();
    carol.request(id -> new RoomJoin(id, roomId), RoomResult.class).join();
    RoomInviteViewModel invite =
        new RoomInviteViewModel(carol.roomInvites(), roomId, Clock.systemUTC());

    invite.open().join();

    assertThat(invite.errorProperty().get()).isNotEmpty();
    assertThat(invite.linkProperty().get()).isEmpty();
    assertThat(live.client().administration().invites().join()).isEmpty();
  }

  @Test
  void openingTheLinkAgainShowsTheSameInviteUntilNewLinkMakesAnother() {
    Room carols =
        carol
            .request(
                id -> new RoomCreate(id, "carols", RoomVisibility.PRIVATE, null), RoomResult.class)
            .join()
            .room();
    RoomInviteViewModel first = carolsInvite(carols);
    first.open().join();
    String link = first.linkProperty().get();
    assertThat(link).isNotEmpty();

    RoomInviteViewModel again = carolsInvite(carols);
    again.open().join();

    assertThat(again.linkProperty().get()).isEqualTo(link);
    again.create().join();
    String newLink = again.linkProperty().get();
    assertThat(newLink).isNotEmpty().isNotEqualTo(link);
    RoomInviteViewModel third = carolsInvite(carols);
    third.open().join();
    assertThat(third.linkProperty().get()).isEqualTo(newLink);
    assertThat(live.client().administration().invites().join()).hasSize(2);
  }

  @Test
  void aRevokedLinkLetsNobodyInAndOpeningAgainMakesANewOne() {
    Room carols =
        carol
            .request(
                id -> new RoomCreate(id, "revoked", RoomVisibility.PRIVATE, null), RoomResult.class)
            .join()
            .room();
    RoomInviteViewModel invite = carolsInvite(carols);
    invite.open().join();
    InviteLink link = InviteLink.parse(invite.linkProperty().get());

    invite.revoke().join();

    assertThat(invite.linkProperty().get()).isEmpty();
    assertThat(invite.errorProperty().get()).isEmpty();
    assertThatThrownBy(() -> live.client().roomInvites().redeem(link).join())
        .hasRootCauseInstanceOf(ApiException.class)
        .rootCause()
        .satisfies(
            refused ->
                assertThat(((ApiException) refused).code()).isEqualTo(ErrorCode.INVITE_INVALID));
    RoomInviteViewModel again = carolsInvite(carols);
    again.open().join();
    assertThat(again.linkProperty().get()).isNotEmpty().isNotEqualTo(link.text());
  }

  @Test
  void anAdminIsShownTheInviteTheServerListsUntilItIsRevoked() {
    String roomId = live.room().roomId();
    RoomInviteViewModel first = alicesInvite(roomId);
    first.open().join();
    String link = first.linkProperty().get();

    RoomInviteViewModel afterSigningInAgain = alicesInvite(roomId);
    afterSigningInAgain.open().join();

    assertThat(afterSigningInAgain.linkProperty().get()).isEqualTo(link);
    live.client().administration().revokeInvite(InviteLink.parse(link).code()).join();
    RoomInviteViewModel afterRevoking = alicesInvite(roomId);
    afterRevoking.open().join();
    assertThat(afterRevoking.linkProperty().get()).isNotEmpty().isNotEqualTo(link);
    assertThat(afterRevoking.errorProperty().get()).isEmpty();
  }

  private RoomInviteViewModel carolsInvite(Room room) {
    return new RoomInviteViewModel(carol.roomInvites(), room.roomId(), Clock.systemUTC());
  }

  private RoomInviteViewModel alicesInvite(String roomId) {
    return new RoomInviteViewModel(live.client().roomInvites(), roomId, Clock.systemUTC());
  }
}
