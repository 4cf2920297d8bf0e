package chat.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import chat.protocol.ErrorCode;
import chat.server.Services;
import chat.server.error.ChatException;
import chat.server.store.Storage;
import chat.server.store.UserAccount;
import chat.server.store.embedded.EmbeddedStorage;
import chat.server.support.WiredServices;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second step's token against a password change racing the login, over a real embedded store:
 * the race is replayed by handing the sign-in the hash the login checked, after the change stored
 * another.
 */
class SecondFactorSignInTest {

  @TempDir Path dataDir;

  @Test
  void aLoginWhosePasswordChangedBeforeItsTokenWasStoredGetsNoToken() {
    try (Storage storage = EmbeddedStorage.open(dataDir);
        WiredServices node = WiredServices.on(storage)) {
      Services services = node.services();
      storage.users().insert(new UserAccount("u_ana", "ana", "old-hash", 1, 0));
      storage.ports().twoFactor().savePending("u_ana", "secret");
      assertThat(storage.ports().twoFactor().enable("u_ana", "secret", 0, List.of("code-hash")))
          .isTrue();
      storage.users().updatePasswordHash("u_ana", "new-hash");

      ChatException refused =
          catchThrowableOfType(
              ChatException.class,
              () -> services.twoFactor().signIn().requireNoSecondStep("u_ana", "old-hash"));

      assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
      assertThat(refused.toBody().secondFactorToken()).isNull();
      ChatException issued =
          catchThrowableOfType(
              ChatException.class,
              () -> services.twoFactor().signIn().requireNoSecondStep("u_ana", "new-hash"));
      assertThat(issued.code()).isEqualTo(ErrorCode.SECOND_FACTOR_REQUIRED);
      String token = issued.toBody().secondFactorToken();
      assertThat(storage.ports().twoFactor().challenge(OneTimeSecrets.hash(token))).isPresent();
    }
  }
}
