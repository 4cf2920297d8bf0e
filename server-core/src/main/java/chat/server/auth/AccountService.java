package chat.server.auth;

import chat.protocol.ErrorCode;
import chat.protocol.Limits;
import chat.protocol.http.AuthResult;
import chat.protocol.http.Credentials;
import chat.protocol.http.Invite;
import chat.protocol.http.PasswordChange;
import chat.protocol.http.PasswordRenewal;
import chat.protocol.http.Registration;
import chat.server.error.ChatException;
import chat.server.id.Ids;
import chat.server.store.UserAccount;
import chat.server.store.UserStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registration and login. A wrong username and a wrong password get the same answer in about the
 * same time: an unknown name costs one bcrypt check too, on the same bounded pool.
 *
 * <p>Login attempts are limited per (username, address) pair, against guessing one password, and
 * per address, against spraying passwords over many names and against one address filling the
 * hashing queue; registrations are limited per address. Each refusal comes before any bcrypt work.
 * The address is whatever the HTTP edge resolved as the client's.
 */
public final class AccountService {

  private static final Logger log = LoggerFactory.getLogger(AccountService.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final UserStore users;
  private final PasswordHasher hasher;
  private final SessionService sessions;
  private final UserProfiles directory;
  private final LoginGuard limiters;
  private final RegistrationPolicy registration;
  private final RoomLanding landing;
  private final SecondFactorSignIn secondFactor;
  private final Clock clock;

  /**
   * @param landing where a newcomer registered with a room invite is put into its room
   */
  public AccountService(
      UserStore users,
      LoginGuard guard,
      RegistrationPolicy registration,
      RoomLanding landing,
      SecondFactorSignIn secondFactor,
      SessionService sessions,
      UserProfiles directory,
      Clock clock) {
    this.users = users;
    this.registration = registration;
    this.landing = landing;
    this.secondFactor = secondFactor;
    this.hasher = guard.hasher();
    this.sessions = sessions;
    this.directory = directory;
    this.limiters = guard;
    this.clock = clock;
  }

  /**
   * Every attempt from the address counts, refused ones included. The registration mode is checked
   * last, after the name, so a refused name never takes an invite's use; a use taken by a
   * registration whose name is taken by a racing one meanwhile is given back. A newcomer with a
   * room invite is a member of its room when the answer comes.
   *
   * @param address the client's address, as the HTTP edge resolved it
   * @throws ChatException {@code INVALID_INPUT}, {@code USERNAME_TAKEN}, {@code RATE_LIMITED} or a
   *     refusal of {@link RegistrationPolicy}
   */
  public AuthResult register(Registration credentials, String address, String userAgent) {
    LoginGuard.requirePermit(limiters.registrationsPerAddress(), address, clock.millis());
    String username = credentials.username();
    if (!Limits.USERNAME_PATTERN.matcher(username).matches()) {
      throw ChatException.invalidInput(
          "username",
          "username must be "
              + Limits.USERNAME_MIN
              + "–"
              + Limits.USERNAME_MAX
              + " characters of A-Z a-z 0-9 _ . -");
    }
    PasswordHasher.requireAcceptable(credentials.password());
    if (users.findByUsername(username).isPresent()) {
      throw usernameTaken();
    }
    String passwordHash = hasher.hash(credentials.password());
    Optional<Invite> invite = registration.admit(credentials.invite());
    UserAccount account = new UserAccount(Ids.user(), username, passwordHash, clock.millis(), 0);
    if (!users.insert(account)) {
      registration.giveBack(invite);
      throw usernameTaken();
    }
    UserAccount stored = stored(account.userId());
    log.info("user {} registered as {}, {}", account.userId(), username, stored.role());
    invite.map(Invite::roomId).ifPresent(roomId -> landing.land(account.userId(), roomId));
    return result(stored, userAgent);
  }

  /**
   * @param address the client's address, as the HTTP edge resolved it
   * @throws ChatException {@code INVALID_CREDENTIALS}, {@code ACCOUNT_DEACTIVATED} or {@code
   *     PASSWORD_CHANGE_REQUIRED} (both told only after the right password), {@code RATE_LIMITED},
   *     or, after the right password, {@code SECOND_FACTOR_REQUIRED} or {@code
   *     SECOND_FACTOR_SETUP_REQUIRED} with the token of the next step ({@link SecondFactorSignIn})
   */
  public AuthResult login(Credentials credentials, String address, String userAgent) {
    UserAccount account = checkPassword(credentials.username(), credentials.password(), address);
    if (users.passwordChangeRequired(account.userId())) {
      throw passwordChangeRequired();
    }
    secondFactor.requireNoSecondStep(account.userId(), account.passwordHash());
    return result(account, userAgent);
  }

  /**
   * Logs in with the temporary password an admin set, replacing it: the one way past {@code
   * PASSWORD_CHANGE_REQUIRED}. Limited like a login.
   *
   * @param address the client's address, as the HTTP edge resolved it
   * @throws ChatException {@code INVALID_INPUT} (a new password register would refuse, or the
   *     temporary one again), {@code INVALID_CREDENTIALS}, {@code ACCOUNT_DEACTIVATED}, {@code
   *     RATE_LIMITED}, or {@code FORBIDDEN} when no change is required (use {@code POST
   *     /api/auth/password}); once the password is replaced, {@code SECOND_FACTOR_REQUIRED} (or
   *     {@code SECOND_FACTOR_SETUP_REQUIRED}) for an account that signs in with a second factor
   */
  public AuthResult renewPassword(PasswordRenewal renewal, String address, String userAgent) {
    PasswordHasher.requireAcceptable(renewal.newPassword(), "newPassword");
    if (renewal.newPassword().equals(renewal.password())) {
      throw ChatException.invalidInput(
          "newPassword", "newPassword must differ from the temporary password");
    }
    UserAccount account = checkPassword(renewal.username(), renewal.password(), address);
    if (!users.passwordChangeRequired(account.userId())) {
      throw ChatException.forbidden("no password change is required");
    }
    String newHash = hasher.hash(renewal.newPassword());
    if (!users.updatePasswordHash(account.userId(), newHash)) {
      throw ChatException.unauthorized("unknown user");
    }
    log.info("user {} replaced a temporary password", account.userId());
    // a reset password skips no second factor
    secondFactor.requireNoSecondStep(account.userId(), newHash);
    return result(account, userAgent);
  }

  /** The account, once its password is checked; refusals in the order a login gives them. */
  private UserAccount checkPassword(String username, String password, String address) {
    requireLoginPermits(username, address);
    Optional<UserAccount> account = users.findByUsername(username);
    if (account.isEmpty()) {
      hasher.matchNothing(password);
      throw invalidCredentials();
    }
    if (!hasher.matches(password, account.get().passwordHash())) {
      throw invalidCredentials();
    }
    if (account.get().deactivated()) {
      throw SessionService.deactivated();
    }
    return account.get();
  }

  /**
   * Opens a session for a user whose login passed its second step ({@link SecondFactorSignIn}). A
   * password change or reset voids the user's tokens; should one have been issued as an admin reset
   * the password, the temporary password still must be replaced first, as at login.
   *
   * @throws ChatException {@code ACCOUNT_DEACTIVATED} or {@code UNAUTHORIZED} for a user gone,
   *     {@code PASSWORD_CHANGE_REQUIRED} after an admin's reset
   */
  public AuthResult signInAfterSecondStep(String userId, String userAgent) {
    UserAccount account = stored(userId);
    if (account.deactivated()) {
      throw SessionService.deactivated();
    }
    if (users.passwordChangeRequired(userId)) {
      throw passwordChangeRequired();
    }
    return result(account, userAgent);
  }

  private static ChatException passwordChangeRequired() {
    return new ChatException(
        ErrorCode.PASSWORD_CHANGE_REQUIRED,
        "an admin set this password: choose a new one with POST /api/auth/password/renew");
  }

  /**
   * A password guess, by login or by a password change: both count against the login limits, and
   * the first refusal of a burst is recorded in the audit log.
   */
  private void requireLoginPermits(String username, String address) {
    limiters.requireLoginPermits(username, address, clock.millis());
  }

  /**
   * Replaces the caller's password, limited like a login (it is one more way to guess the current
   * password), and signs out every other session of theirs: whoever else held the account is out,
   * and a login waiting for its second step with the old password is voided. The session that asked
   * keeps working.
   *
   * @param address the client's address, as the HTTP edge resolved it
   * @throws ChatException {@code INVALID_INPUT} (a new password register would refuse), {@code
   *     INVALID_CREDENTIALS} (a wrong current password) or {@code RATE_LIMITED}
   */
  public void changePassword(AuthenticatedUser user, PasswordChange change, String address) {
    // A new password that register would refuse tests no guess: it costs no login attempt.
    PasswordHasher.requireAcceptable(change.newPassword(), "newPassword");
    confirmPassword(user, change.currentPassword(), address);
    if (!users.updatePasswordHash(user.userId(), hasher.hash(change.newPassword()))) {
      throw ChatException.unauthorized("unknown user");
    }
    sessions.revokeOthers(user);
    secondFactor.forgetPendingOf(user.userId());
    log.info("user {} changed their password", user.userId());
  }

  /**
   * Checks the caller's current password again before a grave change, limited like a login (it is
   * one more way to guess the password).
   *
   * @param address the client's address, as the HTTP edge resolved it
   * @throws ChatException {@code INVALID_CREDENTIALS} (a wrong password) or {@code RATE_LIMITED}
   */
  public void confirmPassword(AuthenticatedUser user, String password, String address) {
    requireLoginPermits(user.username(), address);
    if (!hasher.matches(password, stored(user.userId()).passwordHash())) {
      throw new ChatException(ErrorCode.INVALID_CREDENTIALS, "the current password is wrong");
    }
  }

  /**
   * A real hash of a random password nobody is ever told: what a deleted account keeps in place of
   * its own, so that no password matches it and a login still costs the usual check.
   */
  public String unusableHash() {
    byte[] secret = new byte[24];
    RANDOM.nextBytes(secret);
    return hasher.hash(Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
  }

  /**
   * Trades a refresh token for a new pair; the answer tells the role as it is now.
   *
   * @throws ChatException {@code UNAUTHORIZED} or {@code ACCOUNT_DEACTIVATED}
   */
  public AuthResult refresh(String refreshToken) {
    IssuedTokens tokens = sessions.refresh(refreshToken);
    return result(tokens, stored(tokens.userId()));
  }

  private UserAccount stored(String userId) {
    return users.findById(userId).orElseThrow(() -> ChatException.unauthorized("unknown user"));
  }

  private AuthResult result(UserAccount account, String userAgent) {
    return result(sessions.open(account.userId(), userAgent), account);
  }

  private AuthResult result(IssuedTokens tokens, UserAccount account) {
    return new AuthResult(
        directory.get(tokens.userId()),
        tokens.accessToken(),
        tokens.refreshToken(),
        tokens.expiresIn(),
        account.role());
  }

  private static ChatException usernameTaken() {
    return new ChatException(ErrorCode.USERNAME_TAKEN, "username is taken");
  }

  private static ChatException invalidCredentials() {
    return new ChatException(ErrorCode.INVALID_CREDENTIALS, "wrong username or password");
  }
}
