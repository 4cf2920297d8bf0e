package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.Peer;
import chat.protocol.model.RoomVisibility;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A room's owner shares an invite link from its header; another app joins the room with it. */
class RoomInviteLinkTest {

  @RegisterExtension final AppAndServer both = AppAndServer.aliceAndBobInApps();

  @Test
  void bobJoinsAlicesPrivateRoomWithTheLinkSheMadeInItsHeader() {
    AppDriver alice = aliceOpensTheInviteLinkOfHerPrivateRoom();
    String link = alice.text("#room-invite-link");
    AppDriver.waitFor(
        "the QR code",
        () -> alice.lookup("#room-invite-qr").queryAs(ImageView.class).getImage() != null);

    AppDriver bob = both.bobsApp();
    bob.click("#join-by-link");
    bob.fill("#invite-join-link", link);
    bob.click("#invite-join");

    AppDriver.waitFor("the room in bob's app", () -> bob.text("#room-title").equals("secret"));
  }

  @Test
  void theInviteDialogOpenedAgainShowsTheSameLinkAndNewLinkReplacesIt() {
    AppDriver alice = aliceOpensTheInviteLinkOfHerPrivateRoom();
    String first = alice.text("#room-invite-link");
    alice.click("#room-invite-close");
    AppDriver.waitFor("the dialog closed", () -> !alice.exists("#room-invite-link"));

    alice.click("#room-invite");
    AppDriver.waitFor("the link", () -> alice.text("#room-invite-link").startsWith("chat://"));
    assertThat(alice.text("#room-invite-link")).isEqualTo(first);
    alice.click("#room-invite-new");

    AppDriver.waitFor(
        "another link",
        () ->
            alice.text("#room-invite-link").startsWith("chat://")
                && !alice.text("#room-invite-link").equals(first));
  }

  @Test
  void revokingTheLinkMakesBobsJoinRefusedAndLeavesTheDialogWithoutALink() {
    AppDriver alice = aliceOpensTheInviteLinkOfHerPrivateRoom();
    String link = alice.text("#room-invite-link");

    alice.click("#room-invite-revoke");

    AppDriver.waitFor("no link", () -> alice.text("#room-invite-link").isEmpty());
    assertThat(alice.lookup("#room-invite-revoke").query().isDisabled()).isTrue();
    AppDriver bob = both.bobsApp();
    bob.click("#join-by-link");
    bob.fill("#invite-join-link", link);
    bob.click("#invite-join");
    AppDriver.waitFor("the refusal in bob's app", () -> !bob.text("#invite-join-error").isEmpty());
    assertThat(bob.text("#room-title")).isNotEqualTo("secret");
  }

  /** Alice's other sign-in makes the private room "secret"; her app opens its invite link. */
  private AppDriver aliceOpensTheInviteLinkOfHerPrivateRoom() {
    try (Peer alicesOtherSignIn = Peer.login(both.server(), "alice")) {
      alicesOtherSignIn.createRoom("secret", RoomVisibility.PRIVATE, null);
    }
    AppDriver alice = both.app();
    alice.openRoom("secret");
    AppDriver.waitFor("the invite button", () -> alice.lookup("#room-invite").query().isVisible());
    alice.click("#room-invite");
    AppDriver.waitFor("the link", () -> alice.text("#room-invite-link").startsWith("chat://"));
    return alice;
  }
}
