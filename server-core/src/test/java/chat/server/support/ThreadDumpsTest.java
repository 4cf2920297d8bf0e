package chat.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ThreadDumpsTest {

  @Test
  void aDumpShowsAVirtualThreadWaitingAndWhere() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Thread waiting = Thread.ofVirtual().name("waiting-for-a-reply").start(() -> await(release));
    try {
      // Started is not yet waiting: on a loaded machine the dump came before the wait once.
      while (waiting.getState() != Thread.State.WAITING) {
        Thread.sleep(10);
      }
      String written = ThreadDumps.write("check");

      assertThat(written).startsWith("threads of this JVM in ");
      String dump =
          Files.readString(Path.of(written.substring("threads of this JVM in ".length())));
      assertThat(dump).contains("waiting-for-a-reply").contains("ThreadDumpsTest.await");
    } finally {
      release.countDown();
      waiting.join();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
