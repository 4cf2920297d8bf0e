package chat.client.net;

import chat.protocol.http.AuthResult;
import chat.protocol.http.TwoFactorSetup;
import chat.protocol.model.User;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Two-factor sign-in set up during a login, for a server that requires it of everyone: the login
 * answered {@code SECOND_FACTOR_SETUP_REQUIRED} with a token that works only here. Confirming with
 * a first code answers the recovery codes and the login's session, which {@link #signIn()} starts
 * once the codes were shown. Each call completes on the session's {@code fx} executor.
 */
public final class RequiredSetup {

  private final Session session;
  private final SignIn signIn;
  private final String token;
  private volatile AuthResult confirmed;

  RequiredSetup(Session session, SignIn signIn, String token) {
    this.session = session;
    this.signIn = signIn;
    this.token = token;
  }

  /** A new secret, as text and as an {@code otpauth} URI for a QR code. */
  public CompletableFuture<TwoFactorSetup> begin() {
    return session.toFx(signIn.setUpRequired(token));
  }

  /** Turns two-factor sign-in on with a code of the secret; answers the recovery codes. */
  public CompletableFuture<List<String>> confirm(String code) {
    return session.toFx(
        signIn
            .confirmRequired(token, code)
            .thenApply(
                enabled -> {
                  confirmed = enabled.session();
                  return enabled.recoveryCodes();
                }));
  }

  /** Starts the session the confirmation opened; fails before {@link #confirm} succeeded. */
  public CompletableFuture<User> signIn() {
    AuthResult result = confirmed;
    if (result == null) {
      return CompletableFuture.failedFuture(new IllegalStateException("not confirmed yet"));
    }
    return session.toFx(signIn.start(result));
  }
}
