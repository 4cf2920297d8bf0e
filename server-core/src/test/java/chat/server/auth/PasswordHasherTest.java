package chat.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.protocol.ErrorCode;
import chat.server.error.ChatException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher(4, 64);

  @Test
  void theDefaultCostTwelveIsWrittenIntoTheHash() {
    String hash = new PasswordHasher(12, 64).hash("correct horse battery");

    assertThat(hash).startsWith("$2a$12$");
  }

  @Test
  void aHashMatchesItsPasswordOnly() {
    String hash = hasher.hash("correct horse battery");

    assertThat(hasher.matches("correct horse battery", hash)).isTrue();
    assertThat(hasher.matches("correct horse batterY", hash)).isFalse();
  }

  @Test
  void passwordsOver72BytesAreRejectedBecauseBcryptWouldTruncateThem() {
    String seventyTwo = "a".repeat(72);
    String hash = hasher.hash(seventyTwo);

    assertThatThrownBy(() -> hasher.hash("a".repeat(73)))
        .isInstanceOfSatisfying(
            ChatException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
              assertThat(e.field()).isEqualTo("password");
            });
    assertThat(hasher.matches(seventyTwo + "b", hash))
        .as("bcrypt alone would say yes to this")
        .isFalse();
  }

  @Test
  void lengthIsCountedInCharactersNotBytes() {
    assertThatThrownBy(() -> hasher.hash("ééééééé")).isInstanceOf(ChatException.class);
    assertThat(hasher.hash("éééééééé")).startsWith("$2a$04$");
  }

  @Test
  void aFullQueueRefusesAtOnceWithRateLimitedAndATimeToWait() throws Exception {
    PasswordHasher oneThreadOneSeat = new PasswordHasher(12, 1, 1);
    List<Callable<ChatException>> checks = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      checks.add(
          () -> {
            try {
              oneThreadOneSeat.matchNothing("some password");
              return null;
            } catch (ChatException refused) {
              return refused;
            }
          });
    }

    List<ChatException> refusals = new ArrayList<>();
    try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Future<ChatException> outcome : callers.invokeAll(checks)) {
        if (outcome.get() != null) {
          refusals.add(outcome.get());
        }
      }
    }

    assertThat(refusals).hasSizeGreaterThanOrEqualTo(6);
    assertThat(refusals)
        .allSatisfy(
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED);
              assertThat(e.retryAfterMs()).isPositive();
            });
  }
}
