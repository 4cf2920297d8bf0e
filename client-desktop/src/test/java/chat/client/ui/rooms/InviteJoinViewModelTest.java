package chat.client.ui.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.net.InviteLink;
import chat.client.net.Session;
import chat.client.support.Clients;
import chat.client.support.Folders;
import chat.client.support.LiveRoom;
import chat.protocol.client.RoomCreate;
import chat.protocol.client.RoomMembers;
import chat.protocol.http.Invite;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.model.User;
import chat.protocol.result.MembersResult;
import chat.protocol.result.RoomResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Carol owns a private room and shares a link into it; alice's app joins with the link. */
class InviteJoinViewModelTest {

  @RegisterExtension final LiveRoom live = LiveRoom.alice();

  private final List<Room> entered = new ArrayList<>();
  private final List<String> messagesOpened = new ArrayList<>();
  private Session carol;
  private Room secret;

  @BeforeEach
  void carolMakesAPrivateRoom() {
    carol = Clients.signedUp(live.server(), Folders.fresh("invite-join-carol"), "carol");
    secret =
        carol
            .request(
                id -> new RoomCreate(id, "secret", RoomVisibility.PRIVATE, null), RoomResult.class)
            .join()
            .room();
  }

  @AfterEach
  void carolLeaves() {
    carol.close();
  }

  private CompletableFuture<String> openMessage(String link) {
    messagesOpened.add(link);
    return CompletableFuture.completedFuture(link.contains("m_gone") ? "It is gone." : "");
  }

  @Test
  void aPastedMessageLinkOpensTheMessageAndRedeemsNothing() {
    InviteJoinViewModel join =
        new InviteJoinViewModel(live.client().roomInvites(), entered::add, this::openMessage);
    String link = "chat://h:1/rooms/" + secret.roomId() + "/messages/m_abc";
    join.linkProperty().set(link);

    join.join().join();

    assertThat(messagesOpened).containsExactly(link);
    assertThat(join.errorProperty().get()).isEmpty();
    assertThat(entered).isEmpty();

    join.linkProperty().set("chat://h:1/rooms/r_a/messages/m_gone");
    join.join().join();
    assertThat(join.errorProperty().get()).isEqualTo("It is gone.");
    assertThat(join.busyProperty().get()).isFalse();
  }

  @Test
  void aPastedRoomLinkJoinsItsRoom() {
    Invite invite = carol.roomInvites().create(secret.roomId(), 10, 3600).join();
    InviteJoinViewModel join =
        new InviteJoinViewModel(live.client().roomInvites(), entered::add, this::openMessage);
    join.linkProperty().set(carol.roomInvites().linkTo(invite).text());

    join.join().join();

    assertThat(join.errorProperty().get()).isEmpty();
    assertThat(entered).extracting(Room::roomId).containsExactly(secret.roomId());
  }

  @Test
  void aUsedUpLinkIsRefusedInOneSentenceAndJoinsNothing() {
    Invite invite = carol.roomInvites().create(secret.roomId(), 1, 3600).join();
    String link = carol.roomInvites().linkTo(invite).text();
    Session dave = Clients.signedUp(live.server(), Folders.fresh("invite-join-dave"), "dave");
    dave.roomInvites().redeem(carol.roomInvites().linkTo(invite)).join();
    dave.close();
    InviteJoinViewModel join =
        new InviteJoinViewModel(live.client().roomInvites(), entered::add, this::openMessage);
    join.linkProperty().set(link);

    join.join().join();

    assertThat(join.errorProperty().get()).isEqualTo("Every use of the invite is taken");
    assertThat(entered).isEmpty();
    assertThat(members()).doesNotContain(live.client().me().userId());
  }

  @Test
  void aLinkForAnotherServerIsRefusedHereAndItsCodeIsNotSpent() {
    Invite invite = carol.roomInvites().create(secret.roomId(), 1, 3600).join();
    InviteLink real = carol.roomInvites().linkTo(invite);
    InviteLink elsewhere = new InviteLink("10.0.0.5:5000", real.code(), Optional.empty());
    InviteJoinViewModel join =
        new InviteJoinViewModel(live.client().roomInvites(), entered::add, this::openMessage);
    join.linkProperty().set(elsewhere.text());

    join.join().join();

    assertThat(join.errorProperty().get())
        .isEqualTo("This link is for another server (10.0.0.5:5000)");
    assertThat(entered).isEmpty();
    assertThat(members()).doesNotContain(live.client().me().userId());
    join.linkProperty().set(real.text());
    join.join().join();
    assertThat(entered).as("the only use is still there").hasSize(1);
  }

  @Test
  void aLinkNamingAnotherCertificateThanTheSavedOneIsRefusedHere() {
    Invite invite = carol.roomInvites().create(secret.roomId(), 10, 3600).join();
    InviteLink real = carol.roomInvites().linkTo(invite);
    InviteLink forged =
        new InviteLink(real.hostPort(), real.code(), Optional.of("AB:".repeat(31) + "AB"));
    InviteJoinViewModel join =
        new InviteJoinViewModel(live.client().roomInvites(), entered::add, this::openMessage);
    join.linkProperty().set(forged.text());

    join.join().join();

    assertThat(join.errorProperty().get())
        .startsWith("This link names another certificate than the one saved for");
    assertThat(entered).isEmpty();
    assertThat(members()).doesNotContain(live.client().me().userId());
  }

  @Test
  void joinDoesNothingMoreWhileALinkIsBeingRedeemed() {
    Invite invite = carol.roomInvites().create(secret.roomId(), 10, 3600).join();
    InviteJoinViewModel join =
        new InviteJoinViewModel(live.client().roomInvites(), entered::add, this::openMessage);
    join.linkProperty().set(carol.roomInvites().linkTo(invite).text());

    CompletableFuture<Void> first = join.join();
    assertThat(join.busyProperty().get()).isTrue();
    CompletableFuture<Void> second = join.join();
    CompletableFuture.allOf(first, second).join();

    assertThat(join.busyProperty().get()).isFalse();
    assertThat(entered).extracting(Room::roomId).containsExactly(secret.roomId());
  }

  @Test
  void textThatIsNotALinkIsSaidSo() {
    InviteJoinViewModel join =
        new InviteJoinViewModel(live.client().roomInvites(), entered::add, this::openMessage);
    join.linkProperty().set("general");

    join.join().join();

    assertThat(join.errorProperty().get()).startsWith("This is not an invite link");
    assertThat(entered).isEmpty();
  }

  private List<String> members() {
    return carol
        .request(id -> new RoomMembers(id, secret.roomId()), MembersResult.class)
        .join()
        .members()
        .stream()
        .map(User::userId)
        .toList();
  }
}
