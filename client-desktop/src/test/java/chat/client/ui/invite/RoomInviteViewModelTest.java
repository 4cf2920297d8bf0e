package chat.client.ui.invite;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.net.InviteLink;
import chat.client.net.Session;
import chat.client.support.Clients;
import chat.client.support.Folders;
import chat.client.support.LiveRoom;
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
        new RoomInviteViewModel(
            live.client().roomInvites(), secret.roomId(), new RoomLinks(), Clock.systemUTC());

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
        new RoomInviteViewModel(carol.roomInvites(), roomId, new RoomLinks(), Clock.systemUTC());

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
    RoomLinks made = new RoomLinks();
    RoomInviteViewModel first = carolsInvite(carols, made);
    first.open().join();
    String link = first.linkProperty().get();
    assertThat(link).isNotEmpty();

    RoomInviteViewModel again = carolsInvite(carols, made);
    again.open().join();

    assertThat(again.linkProperty().get()).isEqualTo(link);
    again.create().join();
    String newLink = again.linkProperty().get();
    assertThat(newLink).isNotEmpty().isNotEqualTo(link);
    RoomInviteViewModel third = carolsInvite(carols, made);
    third.open().join();
    assertThat(third.linkProperty().get()).isEqualTo(newLink);
    assertThat(live.client().administration().invites().join()).hasSize(2);
  }

  @Test
  void anAdminIsShownTheInviteTheServerListsUntilItIsRevoked() {
    String roomId = live.room().roomId();
    RoomLinks made = new RoomLinks();
    RoomInviteViewModel first = alicesInvite(roomId, made);
    first.open().join();
    String link = first.linkProperty().get();

    RoomInviteViewModel afterSigningInAgain = alicesInvite(roomId, new RoomLinks());
    afterSigningInAgain.open().join();

    assertThat(afterSigningInAgain.linkProperty().get()).isEqualTo(link);
    live.client().administration().revokeInvite(InviteLink.parse(link).code()).join();
    RoomInviteViewModel afterRevoking = alicesInvite(roomId, made);
    afterRevoking.open().join();
    assertThat(afterRevoking.linkProperty().get()).isNotEmpty().isNotEqualTo(link);
    assertThat(afterRevoking.errorProperty().get()).isEmpty();
  }

  private RoomInviteViewModel carolsInvite(Room room, RoomLinks made) {
    return new RoomInviteViewModel(carol.roomInvites(), room.roomId(), made, Clock.systemUTC());
  }

  private RoomInviteViewModel alicesInvite(String roomId, RoomLinks made) {
    return new RoomInviteViewModel(live.client().roomInvites(), roomId, made, Clock.systemUTC());
  }
}
