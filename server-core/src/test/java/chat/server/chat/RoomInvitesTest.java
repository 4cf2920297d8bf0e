package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.protocol.ErrorCode;
import chat.protocol.http.Invite;
import chat.server.ServerConfig;
import chat.server.Services;
import chat.server.auth.AuthenticatedUser;
import chat.server.error.ChatException;
import chat.server.metrics.ServerMetrics;
import chat.server.store.UserAccount;
import chat.server.store.embedded.EmbeddedStorage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
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
        ServerMetrics metrics = new ServerMetrics();
        Services services =
            Services.wire(
                ServerConfig.fromEnvironment(Map.of()),
                storage,
                Optional.empty(),
                metrics,
                Clock.systemUTC())) {
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
}
