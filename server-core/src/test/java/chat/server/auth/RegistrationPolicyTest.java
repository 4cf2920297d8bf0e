package chat.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.ErrorCode;
import chat.protocol.http.Invite;
import chat.protocol.http.InviteRequest;
import chat.protocol.model.RegistrationMode;
import chat.server.error.ChatException;
import chat.server.ratelimit.RateLimiter;
import chat.server.store.Storage;
import chat.server.store.UserAccount;
import chat.server.store.embedded.EmbeddedStorage;
import chat.server.support.MovableClock;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invites that expire, on a clock the test moves, over a real embedded store. */
class RegistrationPolicyTest {

  @TempDir Path dataDir;
  private final MovableClock clock = new MovableClock();
  private Storage storage;
  private RegistrationPolicy policy;
  private final AuthenticatedUser owner = new AuthenticatedUser("u_owner", "owner", "s_1");

  @BeforeEach
  void open() {
    storage = EmbeddedStorage.open(dataDir);
    storage.users().insert(new UserAccount("u_owner", "owner", "hash", 1, 0));
    policy =
        new RegistrationPolicy(
            storage.ports(),
            audit(storage),
            RegistrationMode.INVITE,
            new RateLimiter(50, 1),
            clock);
  }

  @AfterEach
  void close() {
    storage.close();
  }

  private AuditLog audit(Storage storage) {
    return new AuditLog(storage.ports().audit(), storage.users(), Duration.ofDays(1), clock);
  }

  private static ErrorCode refusal(Runnable action) {
    try {
      action.run();
    } catch (ChatException e) {
      return e.code();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void anInviteAdmitsUntilItsExpiryAndIsRefusedAfterItWithNothingChanged() {
    Invite invite = policy.createInvite(owner, "10.0.0.1", new InviteRequest(5, 60L));
    assertThat(policy.admit(invite.code())).contains(invite);

    clock.advance(Duration.ofSeconds(60));

    assertThat(refusal(() -> policy.admit(invite.code()))).isEqualTo(ErrorCode.INVITE_EXPIRED);
    assertThat(policy.invites(owner)).extracting(Invite::used).containsExactly(1);
  }

  @Test
  void theConfiguredModeHoldsUntilAnAdminStoresAnother() {
    assertThat(policy.mode()).isEqualTo(RegistrationMode.INVITE);

    policy.changeMode(owner, "10.0.0.1", RegistrationMode.OPEN);

    assertThat(policy.mode()).isEqualTo(RegistrationMode.OPEN);
    assertThat(policy.admit(null)).isEmpty();
  }

  @Test
  void theFirstAccountOfAnEmptyServerNeedsNoInvite() {
    storage.close();
    storage = EmbeddedStorage.open(dataDir.resolve("empty"));
    RegistrationPolicy fresh =
        new RegistrationPolicy(
            storage.ports(),
            audit(storage),
            RegistrationMode.CLOSED,
            new RateLimiter(50, 1),
            clock);

    assertThat(fresh.admit(null)).isEmpty();
    storage.users().insert(new UserAccount("u_first", "first", "hash", 1, 0));
    assertThat(refusal(() -> fresh.admit(null))).isEqualTo(ErrorCode.REGISTRATION_CLOSED);
  }
}
