package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two apps in one JVM, each driven by its own {@link AppDriver}: a driver finds, clicks and types
 * into its own app's window only, though both windows have a {@code #composer}; closing one app
 * leaves the other running.
 */
class TwoAppsSideBySideTest {

  @RegisterExtension final AppAndServer both = AppAndServer.aliceAndBobInApps();

  @BeforeEach
  void start() {
    both.bobsRoomOpenInBothApps("lobby");
  }

  @Test
  void fillingTheComposerInOneAppLeavesTheOthersEmpty() {
    AppDriver alice = both.app();
    AppDriver bob = both.bobsApp();

    alice.fill("#composer", "only in alice's app");
    assertThat(alice.text("#composer")).isEqualTo("only in alice's app");
    assertThat(bob.text("#composer")).isEmpty();

    bob.fill("#composer", "only in bob's app");
    assertThat(bob.text("#composer")).isEqualTo("only in bob's app");
    assertThat(alice.text("#composer")).isEqualTo("only in alice's app");
    assertThat(alice.lookup("#composer").query().getScene().getWindow()).isSameAs(alice.stage());
    assertThat(bob.lookup("#composer").query().getScene().getWindow()).isSameAs(bob.stage());
  }

  @Test
  void closingBobsAppLeavesAlicesRunning() {
    both.bobsApp().close();
    assertThat(both.bobsApp().stage().isShowing()).isFalse();

    AppDriver alice = both.app();
    alice.say("still here");
    AppDriver.waitFor("alice's message", () -> alice.messages().cellShowing("still here") != null);
    assertThat(alice.stage().isShowing()).isTrue();
    assertThat(alice.text("#connection")).isEqualTo("Connected");
  }
}
