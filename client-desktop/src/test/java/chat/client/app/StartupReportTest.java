package chat.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppDriver;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The startup benchmark's one-line marker, on the headless toolkit. */
class StartupReportTest {

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
  private Stage stage;

  @BeforeEach
  void toolkit() throws TimeoutException {
    FxToolkit.registerPrimaryStage();
  }

  @AfterEach
  void closeWindow() throws TimeoutException {
    FxToolkit.cleanupStages();
  }

  @Test
  void theMarkerIsPrintedOnceWhenTheFirstWindowIsUsableCountingFromTheLaunchTime()
      throws TimeoutException {
    long launchedAt = System.currentTimeMillis() - 5_000;
    show(
        Map.of(
            StartupReport.VARIABLE,
            "print",
            StartupReport.LAUNCHED_AT,
            String.valueOf(launchedAt)));
    AppDriver.waitFor("the marker", () -> !printed().isEmpty());

    reshow();

    assertThat(printed()).matches("startup: first window usable in \\d+ ms\\R");
    long millis = Long.parseLong(printed().replaceAll("\\D", ""));
    assertThat(millis).isBetween(5_000L, 5_000L + AppDriver.WAIT.toMillis());
  }

  @Test
  void withoutTheVariableNothingIsPrinted() throws TimeoutException {
    show(Map.of(StartupReport.LAUNCHED_AT, String.valueOf(System.currentTimeMillis())));

    reshow();

    assertThat(printed()).isEmpty();
  }

  private void show(Map<String, String> environment) throws TimeoutException {
    FxToolkit.setupFixture(
        () -> {
          stage = new Stage();
          stage.setScene(new Scene(new Label("Chat"), 320, 200));
          StartupReport.watch(stage, environment, out);
          stage.show();
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Hides the window and shows it again, letting a few pulses pass. */
  private void reshow() throws TimeoutException {
    FxToolkit.setupFixture(
        () -> {
          stage.hide();
          stage.show();
        });
    for (int i = 0; i < 5; i++) {
      WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
      WaitForAsyncUtils.waitForFxEvents();
    }
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }
}
