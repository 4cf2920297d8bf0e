package chat.server.auth;

import chat.protocol.ErrorCode;
import chat.server.error.ChatException;
import chat.server.store.SecondFactorChallenge;
import chat.server.store.TwoFactorStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * The short-lived tokens between a login's password and its second step: random, stored only as
 * their hash with the user and an expiry, so every node can check one, and removed when used, so
 * each works once. A wrong code leaves the token in place (the user may type again, within the
 * login limits); a right one uses it up.
 */
final class SecondFactorChallenges {

  /** How long a token stays good: time enough to open an authenticator app and type a code. */
  static final Duration LIFETIME = Duration.ofMinutes(5);

  private static final int RANDOM_BYTES = 20;

  private final TwoFactorStore store;
  private final Clock clock;

  SecondFactorChallenges(TwoFactorStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** A new token for {@code userId}; {@code setupOnly} allows only setting up two-factor. */
  String issue(String userId, boolean setupOnly) {
    String token =
        "sf_" + Base32.encode(OneTimeSecrets.randomBytes(RANDOM_BYTES)).toLowerCase(Locale.ROOT);
    store.putChallenge(
        OneTimeSecrets.hash(token),
        new SecondFactorChallenge(userId, setupOnly, clock.millis() + LIFETIME.toMillis()));
    return token;
  }

  /**
   * The user a token was issued to, for the kind of step it allows; the token stays usable.
   *
   * @throws ChatException {@code UNAUTHORIZED} for a token unknown, used, or of the other kind;
   *     {@code TOKEN_EXPIRED} for one past its lifetime
   */
  String userOf(String token, boolean setupOnly) {
    SecondFactorChallenge challenge =
        store
            .challenge(OneTimeSecrets.hash(token))
            .filter(found -> found.setupOnly() == setupOnly)
            .orElseThrow(() -> ChatException.unauthorized("unknown or used second-factor token"));
    if (challenge.expiresAt() <= clock.millis()) {
      throw new ChatException(ErrorCode.TOKEN_EXPIRED, "the second-factor token has expired");
    }
    return challenge.userId();
  }

  /** Removes a token that must not be used, if it is still stored. */
  void withdraw(String token) {
    store.consumeChallenge(OneTimeSecrets.hash(token));
  }

  /**
   * Uses a token up.
   *
   * @throws ChatException {@code UNAUTHORIZED} when another request used it first
   */
  void consume(String token) {
    if (!store.consumeChallenge(OneTimeSecrets.hash(token))) {
      throw ChatException.unauthorized("unknown or used second-factor token");
    }
  }
}
