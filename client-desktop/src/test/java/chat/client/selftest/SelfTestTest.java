package chat.client.selftest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The installed app's self-test, run here on the headless toolkit the UI tests use. */
class SelfTestTest {

  @TempDir Path dir;

  @BeforeAll
  static void startToolkit() throws TimeoutException {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void showsTheWindowHostsAServerAndPassesAMessageBetweenTwoClients() throws Exception {
    long start = System.currentTimeMillis();

    SelfTest.Report report = new SelfTest(dir, start).run();

    assertThat(report.firstWindow()).isBetween(0L, System.currentTimeMillis() - start);
    assertThat(report.roundTrip()).isNotNegative();
    assertThat(report.summary())
        .contains("first window shown " + report.firstWindow() + " ms")
        .contains("through the socket in " + report.roundTrip() + " ms");
  }

  @Test
  void namesTheStepThatFailedWhenTheServerCannotStart() throws IOException {
    Files.writeString(dir.resolve("server"), "a file where the server's data folder should be");

    assertThatThrownBy(() -> new SelfTest(dir, System.currentTimeMillis()).run())
        .isInstanceOf(SelfTestFailure.class)
        .hasMessageStartingWith("the embedded server did not start");
  }
}
