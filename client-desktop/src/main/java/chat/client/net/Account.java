package chat.client.net;

import chat.protocol.http.PasswordChange;
import chat.protocol.http.PasswordConfirmation;
import chat.protocol.http.ProfileUpdate;
import chat.protocol.http.SessionInfo;
import chat.protocol.http.TwoFactorDisable;
import chat.protocol.http.TwoFactorSetup;
import chat.protocol.http.TwoFactorStatus;
import chat.protocol.model.User;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The signed-in user's account on the server: the display name, the sessions, the password, and
 * signing out everywhere. Each call completes through the session's {@code fx} executor and fails
 * with {@link OfflineException} when nobody is signed in, as the session's own calls do.
 */
public final class Account {

  private static final String EXPORT_PATH = "/api/users/me/export";

  private final Session session;

  Account(Session session) {
    this.session = session;
  }

  /**
   * Sets the name others see; the answer comes once the session's {@link Session#meProperty()}
   * shows it, so that what completes on it sees the new name.
   */
  public CompletableFuture<User> setDisplayName(String displayName) {
    return session
        .withToken((rest, token) -> rest.updateProfile(token, new ProfileUpdate(displayName)))
        .thenCompose(user -> session.signedIn().changed(user).thenApply(shown -> user));
  }

  /** This account's live sessions, the one of this app marked {@code current}. */
  public CompletableFuture<List<SessionInfo>> sessions() {
    return session.withToken(RestApi::sessions);
  }

  /** Ends another session of this account: its sockets close, its tokens stop working. */
  public CompletableFuture<Void> signOut(String sessionId) {
    return session.withToken(
        (rest, token) -> {
          rest.revokeSession(token, sessionId);
          return null;
        });
  }

  /** Replaces the password; the server signs out every other session, this one keeps working. */
  public CompletableFuture<Void> changePassword(String currentPassword, String newPassword) {
    PasswordChange change = new PasswordChange(currentPassword, newPassword);
    return session.withToken(
        (rest, token) -> {
          rest.changePassword(token, change);
          return null;
        });
  }

  /** Whether this account signs in with a second factor, and whether the server requires it. */
  public CompletableFuture<TwoFactorStatus> twoFactorStatus() {
    return session.withToken(RestApi::twoFactorStatus);
  }

  /**
   * A new TOTP secret, pending until {@link #confirmTwoFactor} with a code made from it; the server
   * asks for the password first.
   */
  public CompletableFuture<TwoFactorSetup> setUpTwoFactor(String password) {
    return session.withToken((rest, token) -> rest.setUpTwoFactor(token, password));
  }

  /** Turns two-factor sign-in on; the answer is the ten recovery codes, shown this once. */
  public CompletableFuture<List<String>> confirmTwoFactor(String code) {
    return session.withToken((rest, token) -> rest.confirmTwoFactor(token, code).recoveryCodes());
  }

  /** Turns two-factor sign-in off, which takes the password and a code. */
  public CompletableFuture<Void> turnOffTwoFactor(String password, String code) {
    TwoFactorDisable request = new TwoFactorDisable(password, code);
    return session.withToken(
        (rest, token) -> {
          rest.disableTwoFactor(token, request);
          return null;
        });
  }

  /**
   * Starts streaming the export of this account's data ({@code GET /api/users/me/export}, a zip)
   * into {@code target}, telling {@code progress} as bytes come (the total is unknown: -1).
   */
  public Download exportData(Path target, Download.Progress progress) {
    return session.downloads().start(EXPORT_PATH, target, null, progress);
  }

  /**
   * Deletes this account for good once the server accepts {@code password}, then signs out here and
   * forgets the sign-in. A refused password changes nothing.
   */
  public CompletableFuture<Void> delete(String password) {
    PasswordConfirmation confirmation = new PasswordConfirmation(password);
    return session
        .withToken(
            (rest, token) -> {
              rest.deleteAccount(token, confirmation);
              return null;
            })
        .thenCompose(done -> session.endSessionHere());
  }

  /**
   * Ends every session of this account, this one included, then signs out here and forgets the
   * sign-in. Asked of the server first: while it cannot be reached, nothing is signed out.
   */
  public CompletableFuture<Void> signOutEverywhere() {
    return session
        .withToken(
            (rest, token) -> {
              rest.logoutAll(token);
              return null;
            })
        .thenCompose(done -> session.endSessionHere());
  }
}
