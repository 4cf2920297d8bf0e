package chat.server.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SerialExecutorTest {

  @Test
  void tasksRunOneAtATimeInSubmissionOrder() throws InterruptedException {
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      SerialExecutor serial = new SerialExecutor(pool);
      List<Integer> order = new CopyOnWriteArrayList<>();
      AtomicInteger running = new AtomicInteger();
      AtomicInteger maxRunning = new AtomicInteger();
      CountDownLatch done = new CountDownLatch(2000);

      for (int i = 0; i < 2000; i++) {
        int n = i;
        serial.execute(
            () -> {
              maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
              order.add(n);
              running.decrementAndGet();
              done.countDown();
            });
      }

      assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(order).isEqualTo(IntStream.range(0, 2000).boxed().toList());
      assertThat(maxRunning.get()).isEqualTo(1);
    }
  }

  @Test
  void aTaskSubmittedFromManyThreadsIsNeverLost() throws InterruptedException {
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        ExecutorService submitters = Executors.newFixedThreadPool(4)) {
      SerialExecutor serial = new SerialExecutor(pool);
      CountDownLatch done = new CountDownLatch(4000);
      for (int t = 0; t < 4; t++) {
        submitters.execute(
            () -> {
              for (int i = 0; i < 1000; i++) {
                serial.execute(done::countDown);
              }
            });
      }

      assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void aTaskThatThrowsDoesNotStallTheOnesAfterIt() throws InterruptedException {
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      SerialExecutor serial = new SerialExecutor(pool);
      CountDownLatch after = new CountDownLatch(2);

      serial.execute(
          () -> {
            throw new IllegalStateException("a request that failed unexpectedly");
          });
      serial.execute(after::countDown);
      Thread.sleep(50);
      serial.execute(after::countDown);

      assertThat(after.await(10, TimeUnit.SECONDS)).isTrue();
    }
  }
}
