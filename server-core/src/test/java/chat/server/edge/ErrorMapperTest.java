package chat.server.edge;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import chat.protocol.ErrorBody;
import chat.protocol.ErrorCode;
import chat.protocol.FrameDecodingException;
import chat.protocol.ProtocolException;
import chat.server.error.ChatException;
import chat.server.metrics.ServerMetrics;
import chat.server.store.StorageUnavailableException;
import chat.server.store.StoreException;
import chat.server.support.MovableClock;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ErrorMapperTest {

  private final Logger logger =
      (Logger) LoggerFactory.getLogger(ErrorMapper.class.getPackageName());
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final ServerMetrics metrics = new ServerMetrics();
  private final ErrorMapper errors = new ErrorMapper(new RefusalLog(metrics, new MovableClock()));
  private Level levelBefore;

  @BeforeEach
  void listen() {
    levelBefore = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    logged.start();
    logger.addAppender(logged);
  }

  @AfterEach
  void stopListening() {
    logger.detachAppender(logged);
    logger.setLevel(levelBefore);
    metrics.close();
  }

  @Test
  void aRefusalKeepsItsCodeMessageAndFieldAndIsCountedAndLoggedOnceWithoutAStackTrace() {
    WireError error =
        errors.toWire(
            ChatException.invalidInput("content", "content must be 1..4000 characters"),
            "socket MessageSend");

    assertThat(error.body())
        .isEqualTo(
            new ErrorBody(
                ErrorCode.INVALID_INPUT, "content must be 1..4000 characters", "content", null));
    assertThat(error.httpStatus()).isEqualTo(400);
    assertThat(error.httpHeaders()).isEmpty();
    assertLoggedOnce(Level.INFO, false);
  }

  @Test
  void aRateLimitCarriesRetryAfterMsAndOverHttpARetryAfterHeaderInWholeSeconds() {
    WireError error = errors.toWire(ChatException.rateLimited(1500), "POST /api/auth/login");

    assertThat(error.body().code()).isEqualTo(ErrorCode.RATE_LIMITED);
    assertThat(error.body().retryAfterMs()).isEqualTo(1500);
    assertThat(error.httpStatus()).isEqualTo(429);
    assertThat(error.httpHeaders()).isEqualTo(Map.of("Retry-After", "2"));
    assertThat(errors.toWire(ChatException.rateLimited(1), "x").httpHeaders())
        .isEqualTo(Map.of("Retry-After", "1"));
    assertThat(errors.toWire(ChatException.rateLimited(3000), "x").httpHeaders())
        .isEqualTo(Map.of("Retry-After", "3"));
  }

  @Test
  void aRequestThatBreaksTheProtocolIsAnsweredWithItsOwnCodeAndCountedAsARefusal() {
    WireError error =
        errors.toWire(
            new ProtocolException(ErrorCode.UNKNOWN_TYPE, "unknown type: room.explode", "type"),
            "socket frame");

    assertThat(error.body())
        .isEqualTo(
            new ErrorBody(ErrorCode.UNKNOWN_TYPE, "unknown type: room.explode", "type", null));
    assertThat(error.httpStatus()).isEqualTo(400);
    assertLoggedOnce(Level.INFO, false);
  }

  @Test
  void anUndecodableFrameIsAProtocolBreachLikeAnyOther() {
    WireError error =
        errors.toWire(
            new FrameDecodingException(
                ErrorCode.INVALID_INPUT, "roomId is required", "roomId", "r1"),
            "socket frame");

    assertThat(error.body())
        .isEqualTo(new ErrorBody(ErrorCode.INVALID_INPUT, "roomId is required", "roomId", null));
    assertLoggedOnce(Level.INFO, false);
  }

  @Test
  void aStoreOutageIsInternalWithoutBlameAndOneWarningNamingTheCauseWithoutAStackTrace() {
    WireError error =
        errors.toWire(
            new StoreException("cannot append", new IOException("connection refused")),
            "socket MessageSend");

    assertThat(error.body())
        .isEqualTo(
            new ErrorBody(ErrorCode.INTERNAL, "the server could not reach its store", null, null));
    assertThat(error.httpStatus()).isEqualTo(500);
    ILoggingEvent warning = assertLoggedOnce(Level.WARN, false);
    assertThat(warning.getFormattedMessage())
        .contains("socket MessageSend", "cannot append", "connection refused");
  }

  @Test
  void aStoreThatRefusesWritesIsStorageUnavailableAndOneWarningWithoutAStackTrace() {
    WireError error =
        errors.toWire(
            new StorageUnavailableException("cannot append", new IOException("disk full")),
            "socket MessageSend");

    assertThat(error.body().code()).isEqualTo(ErrorCode.STORAGE_UNAVAILABLE);
    assertThat(error.httpStatus()).isEqualTo(503);
    assertThat(assertLoggedOnce(Level.WARN, false).getFormattedMessage()).contains("disk full");
  }

  @Test
  void refusalsAreCountedByTheirCodeInTheMetrics() {
    errors.toWire(ChatException.rateLimited(1500), "POST /api/auth/login");
    errors.toWire(ChatException.rateLimited(1500), "POST /api/auth/login");

    assertThat(metrics.scrape()).contains("chat_refusals_total{reason=\"RATE_LIMITED\"} 2.0");
  }

  @Test
  void aBugIsInternalSaysNothingInternalAndIsLoggedOnceAtErrorWithItsStackTrace() {
    WireError error =
        errors.toWire(new IllegalStateException("index 7 of table t_rooms"), "GET /api/info");

    assertThat(error.body())
        .isEqualTo(new ErrorBody(ErrorCode.INTERNAL, "internal error", null, null));
    assertThat(error.httpStatus()).isEqualTo(500);
    ILoggingEvent logged = assertLoggedOnce(Level.ERROR, true);
    assertThat(logged.getThrowableProxy().getMessage()).isEqualTo("index 7 of table t_rooms");
  }

  private ILoggingEvent assertLoggedOnce(Level level, boolean withStackTrace) {
    assertThat(logged.list).hasSize(1);
    ILoggingEvent event = logged.list.getFirst();
    assertThat(event.getLevel()).isEqualTo(level);
    assertThat(event.getThrowableProxy() != null).isEqualTo(withStackTrace);
    return event;
  }
}
