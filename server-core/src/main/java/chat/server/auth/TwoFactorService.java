package chat.server.auth;

import chat.protocol.ErrorCode;
import chat.protocol.http.TwoFactorDisable;
import chat.protocol.http.TwoFactorSetup;
import chat.protocol.http.TwoFactorStatus;
import chat.server.error.ChatException;
import chat.server.store.TwoFactorState;
import chat.server.store.UserAccount;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An account's own two-factor sign-in: set up (a new secret, pending), confirmed by a first code
 * (which turns it on and hands out the recovery codes, once), and turned off with the password and
 * a code. The caller is the bearer of an access token, or of the setup token of a login that the
 * server's requirement stopped ({@link SecondFactorSignIn}). Secrets and codes are never logged.
 */
public final class TwoFactorService {

  /** 160 bits, the key length RFC 4226 recommends for HMAC-SHA-1. */
  private static final int SECRET_BYTES = 20;

  private static final Logger log = LoggerFactory.getLogger(TwoFactorService.class);

  private final TwoFactorParts parts;
  private final String issuer;

  /**
   * @param issuer the name authenticator apps show beside the account: the server's name
   */
  TwoFactorService(TwoFactorParts parts, String issuer) {
    this.parts = parts;
    this.issuer = issuer;
  }

  public TwoFactorStatus status(AuthenticatedUser caller) {
    TwoFactorState state =
        parts.store().find(caller.userId()).filter(TwoFactorState::enabled).orElse(null);
    return new TwoFactorStatus(
        state != null,
        state == null ? 0 : state.recoveryCodesLeft(),
        parts.requirement().required());
  }

  /**
   * The user a setup token of a login was issued to; the token stays usable until {@link
   * #useSetupToken}.
   *
   * @throws ChatException {@code UNAUTHORIZED} or {@code TOKEN_EXPIRED}
   */
  public String setupTokenUser(String token) {
    return parts.challenges().userOf(token, true);
  }

  /**
   * Uses a setup token up, once its setup is confirmed.
   *
   * @throws ChatException {@code UNAUTHORIZED} when another request used it first
   */
  public void useSetupToken(String token) {
    parts.challenges().consume(token);
  }

  /**
   * A new secret for the user, pending until {@link #confirm}; a pending one is replaced.
   *
   * @throws ChatException {@code TWO_FACTOR_ALREADY_ON}
   */
  public TwoFactorSetup setup(String userId) {
    UserAccount account = account(userId);
    String secret = Base32.encode(OneTimeSecrets.randomBytes(SECRET_BYTES));
    if (!parts.store().savePending(userId, secret)) {
      throw new ChatException(ErrorCode.TWO_FACTOR_ALREADY_ON, "two-factor sign-in is already on");
    }
    return new TwoFactorSetup(secret, otpauthUri(account.username(), secret));
  }

  /**
   * Turns two-factor sign-in on with the pending secret, given a current code of it.
   *
   * @return the ten recovery codes, which the server keeps only hashed
   * @throws ChatException {@code TWO_FACTOR_NOT_SET_UP} (nothing pending), {@code
   *     TWO_FACTOR_ALREADY_ON} or {@code INVALID_SECOND_FACTOR}, each having changed nothing
   */
  public List<String> confirm(String userId, String code) {
    TwoFactorState state =
        parts
            .store()
            .find(userId)
            .orElseThrow(
                () ->
                    new ChatException(
                        ErrorCode.TWO_FACTOR_NOT_SET_UP, "set up two-factor sign-in first"));
    if (state.enabled()) {
      throw new ChatException(ErrorCode.TWO_FACTOR_ALREADY_ON, "two-factor sign-in is already on");
    }
    LoginGuard.requirePermit(
        parts.guard().secondFactorsPerAccount(), userId, parts.clock().millis());
    long step = parts.codes().currentStep(state.secret(), code);
    List<String> recovery = RecoveryCodes.generate();
    if (!parts
        .store()
        .enable(
            userId, state.secret(), step, recovery.stream().map(RecoveryCodes::hash).toList())) {
      throw new ChatException(
          ErrorCode.TWO_FACTOR_NOT_SET_UP, "the setup changed meanwhile: set it up again");
    }
    log.info("user {} turned two-factor sign-in on", userId);
    return recovery;
  }

  /**
   * Turns two-factor sign-in off, which takes the password and a code (or a recovery code); both
   * are guesses, limited like a login.
   *
   * @throws ChatException {@code TWO_FACTOR_NOT_SET_UP}, {@code FORBIDDEN} (the server requires
   *     it), {@code RATE_LIMITED}, {@code INVALID_CREDENTIALS} or {@code INVALID_SECOND_FACTOR},
   *     each having changed nothing
   */
  public void disable(AuthenticatedUser caller, TwoFactorDisable request, String address) {
    TwoFactorState state =
        parts
            .store()
            .find(caller.userId())
            .filter(TwoFactorState::enabled)
            .orElseThrow(
                () ->
                    new ChatException(
                        ErrorCode.TWO_FACTOR_NOT_SET_UP, "two-factor sign-in is off"));
    if (parts.requirement().required()) {
      throw ChatException.forbidden("this server requires two-factor sign-in");
    }
    UserAccount account = account(caller.userId());
    long now = parts.clock().millis();
    parts.guard().requireLoginPermits(account.username(), address, now);
    LoginGuard.requirePermit(parts.guard().secondFactorsPerAccount(), caller.userId(), now);
    if (!parts.guard().hasher().matches(request.password(), account.passwordHash())) {
      throw new ChatException(ErrorCode.INVALID_CREDENTIALS, "the password is wrong");
    }
    parts.codes().use(state, caller.userId(), request.code());
    parts.store().disable(caller.userId());
    log.info("user {} turned two-factor sign-in off", caller.userId());
  }

  private UserAccount account(String userId) {
    return parts
        .users()
        .findById(userId)
        .orElseThrow(() -> ChatException.unauthorized("unknown user"));
  }

  /**
   * The Key Uri Format of authenticator apps, with the defaults of {@link Totp#STANDARD} spelt out.
   */
  private String otpauthUri(String username, String secret) {
    String label = encode(issuer) + ":" + encode(username);
    return "otpauth://totp/"
        + label
        + "?secret="
        + secret
        + "&issuer="
        + encode(issuer)
        + "&algorithm=SHA1&digits="
        + Totp.STANDARD.digits()
        + "&period="
        + Totp.STANDARD.stepSeconds();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
