package chat.client.net;

import chat.client.config.Settings;
import chat.protocol.http.AuthResult;
import chat.protocol.http.Credentials;
import chat.protocol.http.PasswordRenewal;
import chat.protocol.http.Registration;
import chat.protocol.http.SecondFactorLogin;
import chat.protocol.http.TwoFactorEnabled;
import chat.protocol.http.TwoFactorSetup;
import chat.protocol.model.User;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Signing in to the server a {@link Session} found and out of it: by password, as a new account, or
 * with the refresh token remembered from last time; and the settings' memory of that token, which
 * each rotation renews and a sign-out or a refusal forgets. The session it starts and ends is the
 * {@link Session}'s: {@code start} and {@code end} run on the session's loop thread. The futures
 * complete on that thread or on {@code io}; the session hands them to the FX executor.
 */
final class SignIn {

  private final Settings settings;
  private final Clock clock;
  private final Executor io;
  private final Executor loop;
  private final Supplier<ServerProbe.Found> server;
  private final Consumer<Tokens> start;
  private final Supplier<Tokens> end;

  /**
   * @param server the server found last (null before the first probe)
   * @param start starts the signed-in session with its first tokens
   * @param end stops the session, if any, and returns its last tokens (null when none)
   */
  SignIn(
      Settings settings,
      Clock clock,
      Executor io,
      Executor loop,
      Supplier<ServerProbe.Found> server,
      Consumer<Tokens> start,
      Supplier<Tokens> end) {
    this.settings = settings;
    this.clock = clock;
    this.io = io;
    this.loop = loop;
    this.server = server;
    this.start = start;
    this.end = end;
  }

  CompletableFuture<User> login(String username, String password) {
    return signIn(() -> api().login(new Credentials(username, password)));
  }

  /** Completes a login the server answered {@code SECOND_FACTOR_REQUIRED}, with its token. */
  CompletableFuture<User> secondFactor(String token, String code) {
    return signIn(() -> api().secondFactor(new SecondFactorLogin(token, code)));
  }

  /**
   * Signs in with the temporary password an admin set (the login answered {@code
   * PASSWORD_CHANGE_REQUIRED}), replacing it with {@code newPassword}.
   */
  CompletableFuture<User> renewPassword(String username, String password, String newPassword) {
    return signIn(() -> api().renewPassword(new PasswordRenewal(username, password, newPassword)));
  }

  /** A new secret for a login answered {@code SECOND_FACTOR_SETUP_REQUIRED}, with its token. */
  CompletableFuture<TwoFactorSetup> setUpRequired(String token) {
    return CompletableFuture.supplyAsync(() -> api().setUpTwoFactorWithToken(token), io);
  }

  /** Turns two-factor sign-in on with the setup token; the answer holds the login's session. */
  CompletableFuture<TwoFactorEnabled> confirmRequired(String token, String code) {
    return CompletableFuture.supplyAsync(() -> api().confirmTwoFactorWithToken(token, code), io);
  }

  /** Starts the session another answer opened (a confirmed setup's). */
  CompletableFuture<User> start(AuthResult result) {
    return signIn(() -> result);
  }

  /** Registers, with the code of an invite when the server asks for one (null otherwise). */
  CompletableFuture<User> register(String username, String password, String invite) {
    return signIn(() -> api().register(new Registration(username, password, invite)));
  }

  /** Whether a sign-in on this server is remembered, so that {@link #resume()} may work. */
  boolean canResume() {
    return settings.server(url()).map(s -> s.refreshToken() != null).orElse(false);
  }

  /**
   * Signs in again with the remembered refresh token; a token the server refuses (revoked, expired)
   * is forgotten, so that the next start asks for the password at once.
   */
  CompletableFuture<User> resume() {
    String url = url();
    String token = settings.server(url).map(Settings.SavedServer::refreshToken).orElse(null);
    if (token == null) {
      return CompletableFuture.failedFuture(new IllegalStateException("no remembered sign-in"));
    }
    return signIn(
        () -> {
          try {
            return api().refresh(token);
          } catch (ApiException refused) {
            settings.forgetToken(url);
            throw refused;
          }
        });
  }

  /** Signs out here and on the server (which revokes the session) and forgets the sign-in. */
  CompletableFuture<Void> logout() {
    return CompletableFuture.supplyAsync(end, loop)
        .thenAcceptAsync(
            tokens -> {
              if (tokens != null) {
                api().logout(tokens.access(), tokens.refresh());
              }
            },
            io);
  }

  /** Keeps {@code tokens}' refresh token for the next start: the newest one is the only valid. */
  void remember(Tokens tokens) {
    ServerProbe.Found found = server.get();
    settings.remember(
        found.address().url(),
        found.info().name(),
        tokens.user().username(),
        tokens.refresh(),
        clock.millis());
  }

  /** Forgets the sign-in on this server: the next start asks for the password. */
  void forget() {
    settings.forgetToken(url());
  }

  private CompletableFuture<User> signIn(Supplier<AuthResult> call) {
    return CompletableFuture.supplyAsync(call, io)
        .thenApplyAsync(
            result -> {
              start.accept(Tokens.of(result, clock.millis()));
              return result.user();
            },
            loop);
  }

  private RestApi api() {
    return server.get().api();
  }

  private String url() {
    return server.get().address().url();
  }
}
