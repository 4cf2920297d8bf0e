package chat.client.support;

import java.util.concurrent.TimeUnit;

/** Stopping a daemon a test started, by its process: SIGTERM, then SIGKILL after 5 s. */
public final class Daemons {

  private Daemons() {}

  /** Stops {@code daemon} and waits for it, keeping the thread's interrupt. */
  public static void stop(Process daemon) {
    daemon.toHandle().destroy();
    try {
      if (!daemon.waitFor(5, TimeUnit.SECONDS)) {
        daemon.destroyForcibly();
      }
    } catch (InterruptedException e) {
      daemon.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
