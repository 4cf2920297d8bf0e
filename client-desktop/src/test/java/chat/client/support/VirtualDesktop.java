package chat.client.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A virtual X display ({@code Xvfb}, on a display number it picks itself) with a system tray
 * ({@code tint2}'s panel), for the tests of the app's tray icon. A test using it is skipped where
 * {@code Xvfb}, {@code tint2} or {@code xwininfo} (package {@code x11-utils}) is missing, except
 * under CI ({@code CI=true}), where it fails so that the tray tests cannot drop out unnoticed.
 */
public final class VirtualDesktop implements AutoCloseable {

  private static final Path TINT2_DEFAULTS = Path.of("/etc/xdg/tint2/tint2rc");

  private final List<Process> processes = new ArrayList<>();
  private String display;

  private VirtualDesktop() {}

  /**
   * Starts the display and the tray; returns once the tray's panel is on the display. Skips the
   * test (fails it under CI) where a program it needs is missing.
   */
  public static VirtualDesktop withTray() {
    List<String> missing =
        Stream.of("Xvfb", "tint2", "xwininfo").filter(program -> !onPath(program)).toList();
    String why =
        String.join(", ", missing)
            + " not found (packages xvfb, tint2, x11-utils): a tray needs all three";
    if ("true".equals(System.getenv("CI"))) {
      assertThat(missing).as(why + " (required under CI)").isEmpty();
    }
    Assumptions.assumeTrue(missing.isEmpty(), why + ": tray test skipped");
    VirtualDesktop desktop = new VirtualDesktop();
    try {
      desktop.start();
      return desktop;
    } catch (IOException | RuntimeException e) {
      desktop.close();
      throw new AssertionError("cannot start a virtual desktop", e);
    }
  }

  /**
   * Turns a {@link ChildJvm}'s java command into one whose JavaFX runs on Monocle's headless
   * screen, as in the other UI tests, while its AWT uses the virtual display (and so its tray).
   */
  public static List<String> headlessFxOnly(List<String> java) {
    List<String> command = new ArrayList<>(java);
    command.addAll(
        1, List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
    return command;
  }

  /** The {@code DISPLAY} to give a program. */
  public String display() {
    return display;
  }

  private void start() throws IOException {
    Process xvfb =
        started(
            new ProcessBuilder(
                    "Xvfb", "-displayfd", "1", "-screen", "0", "800x600x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD));
    String number =
        new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8))
            .readLine();
    if (number == null) {
      throw new IOException("Xvfb exited without a display");
    }
    display = ":" + number.strip();
    List<String> tint2 = new ArrayList<>(List.of("tint2"));
    if (Files.exists(TINT2_DEFAULTS)) {
      // Its defaults, so that it does not write a config of its own into the home folder.
      tint2.addAll(List.of("-c", TINT2_DEFAULTS.toString()));
    }
    Path said = Files.createTempFile("tint2", ".log");
    try {
      ProcessBuilder panel =
          onDisplay(new ProcessBuilder(tint2))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(said.toFile()));
      Process[] tray = {started(panel)};
      int[] restarts = {0};
      // The panel once died at start on a loaded machine (and the test waited for nothing): a
      // panel that exited is started again, twice at most.
      Waits.until(
          "the tray's panel",
          Duration.ofSeconds(60),
          () -> {
            if (!tray[0].isAlive() && restarts[0]++ < 2) {
              tray[0] = startedUnchecked(panel);
            }
            return windows().contains("\"tint2\"");
          });
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "; tint2 said: " + Files.readString(said), e);
    } finally {
      Files.deleteIfExists(said);
    }
  }

  private Process startedUnchecked(ProcessBuilder builder) {
    try {
      return started(builder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String windows() {
    try {
      Process list =
          onDisplay(new ProcessBuilder("xwininfo", "-root", "-children"))
              .redirectErrorStream(true)
              .start();
      String out = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      list.waitFor(5, TimeUnit.SECONDS);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private ProcessBuilder onDisplay(ProcessBuilder builder) {
    builder.environment().put("DISPLAY", display);
    return builder;
  }

  private Process started(ProcessBuilder builder) throws IOException {
    Process process = builder.start();
    processes.add(process);
    return process;
  }

  private static boolean onPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  /** Stops the tray, then the display. */
  @Override
  public void close() {
    for (Process process : processes.reversed()) {
      process.destroy();
      try {
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
