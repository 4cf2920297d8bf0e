package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.protocol.ErrorCode;
import chat.protocol.http.Invite;
import chat.protocol.model.RoomVisibility;
import chat.server.Services;
import chat.server.auth.AuthenticatedUser;
import chat.server.error.ChatException;
import chat.server.store.UserAccount;
import chat.server.store.embedded.EmbeddedStorage;
import chat.server.support.WiredServices;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Redeeming a room invite through the services a node wires, on a real embedded store: a join
 * refused after the invite's use was taken gives the use back. Over HTTP the ban is checked before
 * the use is taken (see {@code RoomInvitesApiTest}); a refusal after it, such as a ban stored
 * meanwhile, is shown here by an invite whose room does not exist.
 */
class RoomInvitesTest {

  @TempDir Path dataDir;

  @Test
  void aRedemptionRefusedAfterTakingTheUseGivesTheUseBack() {
    try (EmbeddedStorage storage = EmbeddedStorage.open(dataDir);
        WiredServices node = WiredServices.on(storage)) {
      Services services = node.services();
      storage.users().insert(new UserAccount("u_owner", "owner", "hash", 1, 0));
      storage.users().insert(new UserAccount("u_eve", "eve", "hash", 1, 0));
      long now = System.currentTimeMillis();
      storage
          .ports()
          .registration()
          .insertInvite(new Invite("i_gone", "u_owner", now, now + 60_000, 2, 0, "r_gone"));
      AuthenticatedUser eve = new AuthenticatedUser("u_eve", "eve", "s_1");

      assertThatThrownBy(() -> services.roomInvites().redeem(eve, "i_gone"))
          .isInstanceOfSatisfying(
              ChatException.class,
              refused -> assertThat(refused.code()).isEqualTo(ErrorCode.NOT_FOUND));

      assertThat(storage.ports().registration().invite("i_gone").orElseThrow().used()).isZero();
    }
  }

  /**
   * An add racing an account deletion: the deletion marks the account, then leaves the rooms it
   * reads; an add its read missed must find the mark and undo itself. Replayed by adding an account
   * already marked, on the one path that does not look the invitee up first.
   */
  @Test
  void anAddThatFindsTheAccountDeletedAfterwardsIsUndone() {
    try (EmbeddedStorage storage = EmbeddedStorage.open(dataDir);
        WiredServices node = WiredServices.on(storage)) {
      storage.users().insert(new UserAccount("u_owner", "owner", "hash", 1, 0));
      storage.users().insert(new UserAccount("u_gone", "gone", "hash", 1, 0));
      AuthenticatedUser owner = new AuthenticatedUser("u_owner", "owner", "s_1");
      String roomId =
          node.services()
              .rooms()
              .create(owner, "team", RoomVisibility.PRIVATE, List.of(), false)
              .roomId();
      assertThat(storage.users().markDeleted("u_gone", "unusable")).isTrue();

      assertThatThrownBy(() -> node.services().rooms().admitInvited(roomId, "u_gone"))
          .isInstanceOfSatisfying(
              ChatException.class,
              refused -> assertThat(refused.code()).isEqualTo(ErrorCode.NOT_FOUND));

      assertThat(storage.rooms().memberIds(roomId)).containsExactly("u_owner");
    }
  }
}
