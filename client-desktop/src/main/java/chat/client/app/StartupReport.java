package chat.client.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The startup benchmark's marker ({@code installers/bench-startup.sh}): with the environment
 * variable {@code CHAT_STARTUP_REPORT} set, the app prints one line once its first window is
 * usable, {@code startup: first window usable in N ms}, and with the value {@code exit} it then
 * quits. "Usable" is the end of the first pulse after the window showed (its scene laid out and
 * handed to the renderer) with the JavaFX thread free again to take input. N counts from {@code
 * CHAT_LAUNCHED_AT_MS} (epoch milliseconds, taken by whoever launched the app, so that it includes
 * the launcher and the JVM's own start), or else from the JVM's start. Without the variable it does
 * nothing.
 */
final class StartupReport {

  static final String VARIABLE = "CHAT_STARTUP_REPORT";
  static final String LAUNCHED_AT = "CHAT_LAUNCHED_AT_MS";

  private final long since;
  private final boolean exit;
  private final PrintStream out;
  private boolean reported;

  private StartupReport(long since, boolean exit, PrintStream out) {
    this.since = since;
    this.exit = exit;
    this.out = out;
  }

  /** Reports on {@code stage}'s first showing if {@code environment} asks for it. */
  static void watch(Stage stage, Map<String, String> environment, PrintStream out) {
    String mode = environment.get(VARIABLE);
    if (mode == null) {
      return;
    }
    String launchedAt = environment.get(LAUNCHED_AT);
    long since =
        launchedAt == null
            ? ManagementFactory.getRuntimeMXBean().getStartTime()
            : Long.parseLong(launchedAt.trim());
    StartupReport report = new StartupReport(since, "exit".equals(mode), out);
    stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> report.afterNextPulse(stage.getScene()));
  }

  private void afterNextPulse(Scene scene) {
    Runnable[] listener = new Runnable[1];
    listener[0] =
        () -> {
          scene.removePostLayoutPulseListener(listener[0]);
          Platform.runLater(this::report);
        };
    scene.addPostLayoutPulseListener(listener[0]);
  }

  private void report() {
    if (reported) {
      return;
    }
    reported = true;
    out.println("startup: first window usable in " + (System.currentTimeMillis() - since) + " ms");
    out.flush();
    if (exit) {
      Platform.exit();
    }
  }
}
