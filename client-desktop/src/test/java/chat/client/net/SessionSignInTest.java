package chat.client.net;

import static chat.client.net.LiveSession.fastRetries;
import static org.assertj.core.api.Assertions.assertThat;

import chat.client.net.ClientEvent.SessionEnded;
import chat.client.support.Clients;
import chat.client.support.Peer;
import chat.client.support.Waits;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A session's sign-in: remembered and resumed, refused, revoked here or elsewhere, its access token
 * refreshed, and the signed-in user's name followed.
 */
class SessionSignInTest {

  @RegisterExtension final LiveSession live = new LiveSession();

  @Test
  void aRevokedSessionEndsAndTheTokenIsForgotten() {
    Session client = live.signedUp("alice", fastRetries());

    client.logout().join();

    assertThat(live.rememberedToken()).isNull();
    assertThat(client.statusProperty().get()).isEqualTo(ConnectionStatus.SIGNED_OUT);
    assertThat(client.canResume()).isFalse();
  }

  @Test
  void aDisplayNameChangedOnAnotherDeviceReachesThisSessionAtOnce() {
    Session client = live.signedUp("alice", fastRetries());
    Clients.publicRoom(client, "general");
    Peer otherDevice = Peer.login(live.server(), "alice");

    otherDevice.rename("Alice Smith");

    Waits.until(
        "the new name",
        () ->
            client.meProperty().get() != null
                && client.meProperty().get().shownName().equals("Alice Smith"));
    otherDevice.close();
  }

  @Test
  void aSignInIsRememberedAndResumed() {
    live.signedUp("alice", fastRetries()).close();

    Session client = live.probed(fastRetries());

    assertThat(client.canResume()).isTrue();
    assertThat(client.resume().join().username()).isEqualTo("alice");
    Waits.until("connected", () -> client.statusProperty().get().connected());
  }

  @Test
  void aRememberedSignInTheServerRefusesFails() {
    live.signedUp("alice", fastRetries()).close();
    String token = live.rememberedToken();
    live.settings().remember(live.server().httpUrl(), "Test chat", "alice", token + "x", 0);

    Session client = live.probed(fastRetries());

    assertThat(client.resume())
        .failsWithin(Duration.ofSeconds(10))
        .withThrowableThat()
        .havingRootCause()
        .isInstanceOf(ApiException.class);
    assertThat(client.canResume()).as("the refused token is forgotten").isFalse();
  }

  @Test
  void aSessionRevokedElsewhereEndsHereAndIsForgotten() {
    Session client = live.signedUp("alice", fastRetries());

    Peer.revokeOtherSessions(live.server(), "alice");

    Waits.until(
        "the session ends", () -> live.events().stream().anyMatch(e -> e instanceof SessionEnded));
    assertThat(client.statusProperty().get()).isEqualTo(ConnectionStatus.SIGNED_OUT);
    assertThat(live.rememberedToken()).isNull();
  }

  @Test
  void anAccessTokenAboutToExpireIsRefreshedBeforeReconnecting() {
    Session client = live.signedUp("alice", fastRetries());
    String first = live.rememberedToken();

    live.advanceClock(Duration.ofMinutes(14).plusSeconds(30));
    live.serverDown();
    live.server().restart();

    Waits.until("connected again", () -> client.statusProperty().get().connected());
    assertThat(live.rememberedToken()).isNotNull().isNotEqualTo(first);
  }
}
