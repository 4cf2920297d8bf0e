package chat.client.selftest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import javafx.application.Platform;

/**
 * {@code Chat --self-test}: starts JavaFX, runs the {@link SelfTest} in a temporary folder that it
 * deletes afterwards, prints the figures and returns the exit code: 0 when every step passed, 1
 * with the failed step on standard error otherwise. The first-window time counts from the start of
 * the JVM, so it includes the JVM's own start and the loading of every class on the way.
 */
public final class SelfTestCommand {

  /** The command-line flag. */
  public static final String FLAG = "--self-test";

  /** The whole self-test's bound: past it the process ends with a failure, whatever is stuck. */
  static final Duration OVERALL_TIMEOUT = Duration.ofSeconds(90);

  private SelfTestCommand() {}

  public static int run(PrintStream out, PrintStream err) {
    // The JVM's own record of its start, to the millisecond (the process's start time on Linux
    // is only known to the second).
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    startWatchdog(err);
    Path workDir = null;
    try {
      workDir = Files.createTempDirectory("chat-self-test");
      startToolkit();
      SelfTest.Report report = new SelfTest(workDir, jvmStart).run();
      out.println(report.summary());
      out.println("self-test: passed");
      return 0;
    } catch (IOException | RuntimeException e) {
      err.println("self-test: FAILED: " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("self-test: FAILED: interrupted");
      return 1;
    } finally {
      Platform.exit();
      if (workDir != null) {
        deleteTree(workDir);
      }
    }
  }

  private static void startWatchdog(PrintStream err) {
    Thread.ofPlatform()
        .name("self-test-watchdog")
        .daemon()
        .start(
            () -> {
              try {
                Thread.sleep(OVERALL_TIMEOUT);
              } catch (InterruptedException e) {
                return;
              }
              err.println(
                  "self-test: FAILED: no result within " + OVERALL_TIMEOUT.toSeconds() + " s");
              Runtime.getRuntime().halt(1);
            });
  }

  private static void startToolkit() throws InterruptedException {
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    Platform.setImplicitExit(false);
    started.await();
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(SelfTestCommand::delete);
    } catch (IOException | UncheckedIOException e) {
      System.err.println("self-test: could not delete " + root + ": " + e.getMessage());
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
