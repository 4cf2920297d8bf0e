package chat.server.store.embedded;

import chat.server.store.SecondFactorChallenge;
import chat.server.store.TwoFactorState;
import chat.server.store.TwoFactorStore;
import java.util.List;
import java.util.Optional;

/**
 * Two-factor sign-in in {@code two_factor}, {@code recovery_codes} and {@code
 * second_factor_challenges} (schema 12); the setting in {@code server_settings}. Each one-time use
 * is one conditional UPDATE or DELETE, which SQLite runs alone, so only one of two racing requests
 * changes a row.
 */
final class EmbeddedTwoFactorStore implements TwoFactorStore {

  private static final String REQUIRED = "two_factor_required";

  /**
   * How long past its expiry a challenge is kept, until a later login sweeps it (Redis lets its key
   * expire after as long): an expired token is told apart from an unknown one for a day.
   */
  private static final long KEPT_AFTER_EXPIRY_MILLIS = 24 * 3_600_000L;

  private final Database db;

  EmbeddedTwoFactorStore(Database db) {
    this.db = db;
  }

  @Override
  public Optional<TwoFactorState> find(String userId) {
    return db.queryFirst(
        "SELECT secret, enabled, last_step,"
            + " (SELECT count(*) FROM recovery_codes r WHERE r.user_id = t.user_id)"
            + " FROM two_factor t WHERE user_id = ?",
        row ->
            new TwoFactorState(row.getString(1), row.getInt(2) == 1, row.getLong(3), row.getInt(4)),
        userId);
  }

  @Override
  public boolean savePending(String userId, String secret) {
    return db.update(
            "INSERT INTO two_factor (user_id, secret) VALUES (?, ?)"
                + " ON CONFLICT (user_id) DO UPDATE SET secret = excluded.secret"
                + " WHERE enabled = 0",
            userId,
            secret)
        == 1;
  }

  @Override
  public boolean enable(String userId, String secret, long step, List<String> recoveryCodeHashes) {
    return db.inTransaction(
        () -> {
          int enabled =
              db.update(
                  "UPDATE two_factor SET enabled = 1, last_step = ?"
                      + " WHERE user_id = ? AND secret = ? AND enabled = 0",
                  step,
                  userId,
                  secret);
          if (enabled == 0) {
            return false;
          }
          db.update("DELETE FROM recovery_codes WHERE user_id = ?", userId);
          for (String hash : recoveryCodeHashes) {
            db.update(
                "INSERT INTO recovery_codes (user_id, code_hash) VALUES (?, ?)", userId, hash);
          }
          return true;
        });
  }

  @Override
  public boolean disable(String userId) {
    return db.inTransaction(
        () -> {
          db.update("DELETE FROM recovery_codes WHERE user_id = ?", userId);
          return db.update("DELETE FROM two_factor WHERE user_id = ?", userId) == 1;
        });
  }

  @Override
  public boolean useStep(String userId, long step) {
    return db.update(
            "UPDATE two_factor SET last_step = ? WHERE user_id = ? AND enabled = 1 AND last_step < ?",
            step,
            userId,
            step)
        == 1;
  }

  @Override
  public boolean useRecoveryCode(String userId, String codeHash) {
    return db.update(
            "DELETE FROM recovery_codes WHERE user_id = ? AND code_hash = ?", userId, codeHash)
        == 1;
  }

  @Override
  public void putChallenge(String tokenHash, SecondFactorChallenge challenge) {
    db.inTransaction(
        () -> {
          db.update(
              "DELETE FROM second_factor_challenges WHERE expires_at <= ?",
              challenge.expiresAt() - KEPT_AFTER_EXPIRY_MILLIS);
          return db.update(
              "INSERT INTO second_factor_challenges (token_hash, user_id, setup_only, expires_at)"
                  + " VALUES (?, ?, ?, ?)",
              tokenHash,
              challenge.userId(),
              challenge.setupOnly() ? 1 : 0,
              challenge.expiresAt());
        });
  }

  @Override
  public Optional<SecondFactorChallenge> challenge(String tokenHash) {
    return db.queryFirst(
        "SELECT user_id, setup_only, expires_at FROM second_factor_challenges WHERE token_hash = ?",
        row -> new SecondFactorChallenge(row.getString(1), row.getInt(2) == 1, row.getLong(3)),
        tokenHash);
  }

  @Override
  public boolean consumeChallenge(String tokenHash) {
    return db.update("DELETE FROM second_factor_challenges WHERE token_hash = ?", tokenHash) == 1;
  }

  @Override
  public void dropChallengesOf(String userId) {
    db.update("DELETE FROM second_factor_challenges WHERE user_id = ?", userId);
  }

  @Override
  public Optional<Boolean> required() {
    return db.queryFirst(
        "SELECT value FROM server_settings WHERE name = ?",
        row -> Boolean.parseBoolean(row.getString(1)),
        REQUIRED);
  }

  @Override
  public void setRequired(boolean required) {
    db.update(
        "INSERT INTO server_settings (name, value) VALUES (?, ?)"
            + " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        REQUIRED,
        Boolean.toString(required));
  }
}
