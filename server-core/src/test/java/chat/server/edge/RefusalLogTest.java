package chat.server.edge;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import chat.server.metrics.ServerMetrics;
import chat.server.support.MovableClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RefusalLogTest {

  private final Logger logger = (Logger) LoggerFactory.getLogger(RefusalLog.class);
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final MovableClock clock = new MovableClock();
  private final ServerMetrics metrics = new ServerMetrics();
  private final RefusalLog refusals = new RefusalLog(metrics, clock);

  @BeforeEach
  void listen() {
    logged.start();
    logger.addAppender(logged);
  }

  @AfterEach
  void stopListening() {
    logger.detachAppender(logged);
    metrics.close();
  }

  @Test
  void aFloodOfOneKindOfRefusalIsOneLineAMinuteSayingHowManyItStoodFor() {
    for (int i = 0; i < 500; i++) {
      refusals.refused("socket MessageSend", "INVALID_INPUT", "malformed UTF-16");
    }
    clock.advance(Duration.ofSeconds(59));
    refusals.refused("socket MessageSend", "INVALID_INPUT", "malformed UTF-16");
    clock.advance(Duration.ofSeconds(1));
    refusals.refused("socket MessageSend", "INVALID_INPUT", "malformed UTF-16");

    assertThat(logged.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly(
            "socket MessageSend refused: INVALID_INPUT malformed UTF-16",
            "socket MessageSend refused: INVALID_INPUT malformed UTF-16"
                + " (and 500 more like it in the last minute)");
    assertThat(logged.list).allSatisfy(line -> assertThat(line.getThrowableProxy()).isNull());
  }

  @Test
  void aStoreFailingEveryRequestIsOneWarningAMinuteAndCounted() {
    for (int i = 0; i < 100; i++) {
      refusals.storeFailed("socket MessageSend", "STORAGE_UNAVAILABLE", "disk full");
    }

    assertThat(logged.list)
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);
              assertThat(line.getFormattedMessage()).contains("STORAGE_UNAVAILABLE", "disk full");
            });
    assertThat(metrics.scrape())
        .contains("chat_store_failures_total{reason=\"STORAGE_UNAVAILABLE\"} 100.0");
  }

  @Test
  void aBurstThatEndsWithinItsMinuteIsCountedOnceTheMinuteIsOver() {
    for (int i = 0; i < 238; i++) {
      refusals.storeFailed("socket auth", "STORE_UNREACHABLE", "no connection free in time");
    }
    refusals.logClosedWindows();
    clock.advance(Duration.ofSeconds(60));
    refusals.logClosedWindows();
    refusals.logClosedWindows();
    refusals.storeFailed("socket auth", "STORE_UNREACHABLE", "no connection free in time");

    assertThat(logged.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly(
            "socket auth failed: STORE_UNREACHABLE: no connection free in time",
            "socket auth failed STORE_UNREACHABLE: 237 more like it since its last line",
            "socket auth failed: STORE_UNREACHABLE: no connection free in time");
    assertThat(logged.list)
        .extracting(ILoggingEvent::getLevel)
        .containsOnly(ch.qos.logback.classic.Level.WARN);
  }

  @Test
  void aServerStoppingWithinTheMinuteStillSaysHowManyItCounted() {
    for (int i = 0; i < 3; i++) {
      refusals.storeFailed("socket presence", "STORE_UNREACHABLE", "no connection free in time");
    }
    refusals.logAllWindows();

    assertThat(logged.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly(
            "socket presence failed: STORE_UNREACHABLE: no connection free in time",
            "socket presence failed STORE_UNREACHABLE: 2 more like it since its last line");
  }

  @Test
  void eachKindAndReasonHasALineOfItsOwn() {
    refusals.refused("socket MessageSend", "INVALID_INPUT", "x");
    refusals.refused("socket MessageSend", "RATE_LIMITED", "x");
    refusals.refused("POST /api/auth/login", "RATE_LIMITED", "x");
    refusals.refused("POST /api/auth/login", "RATE_LIMITED", "x");

    assertThat(logged.list).hasSize(3);
  }

  @Test
  void everyRefusalIsCountedByReasonInTheMetrics() {
    for (int i = 0; i < 3; i++) {
      refusals.refused("socket MessageSend", "RATE_LIMITED", "x");
    }
    refusals.refused("socket frame", "MESSAGE_TOO_BIG", "x");

    assertThat(metrics.scrape())
        .contains("chat_refusals_total{reason=\"RATE_LIMITED\"} 3.0")
        .contains("chat_refusals_total{reason=\"MESSAGE_TOO_BIG\"} 1.0");
  }
}
