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
        new RoomInviteViewModel(live.client().roomInvites(), secret.roomId());

    invite.create().join();

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
    RoomInviteViewModel invite = new RoomInviteViewModel(carol.roomInvites(), roomId);

    invite.create().join();

    assertThat(invite.errorProperty().get()).isNotEmpty();
    assertThat(invite.linkProperty().get()).isEmpty();
    assertThat(live.client().administration().invites().join()).isEmpty();
  }
}
