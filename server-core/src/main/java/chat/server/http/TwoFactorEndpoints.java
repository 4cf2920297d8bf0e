package chat.server.http;

import chat.protocol.http.SecondFactorLogin;
import chat.protocol.http.TwoFactorConfirm;
import chat.protocol.http.TwoFactorDisable;
import chat.protocol.http.TwoFactorEnabled;
import chat.protocol.http.TwoFactorPolicy;
import chat.protocol.http.TwoFactorSetupRequest;
import chat.server.auth.AccountService;
import chat.server.auth.AuthenticatedUser;
import chat.server.auth.TwoFactor;
import chat.server.error.ChatException;
import java.util.List;

/**
 * Two-factor sign-in: {@code /api/auth/2fa/*} for the caller's own (by access token, or by the
 * setup token of a login the server's requirement stopped), {@code POST
 * /api/auth/login/second-factor} for a login's second step, and {@code /api/admin/two-factor} for
 * the server's requirement.
 */
final class TwoFactorEndpoints {

  private final TwoFactor twoFactor;
  private final AccountService accounts;

  TwoFactorEndpoints(TwoFactor twoFactor, AccountService accounts) {
    this.twoFactor = twoFactor;
    this.accounts = accounts;
  }

  void addTo(Router router) {
    router
        .route("GET", "/api/auth/2fa", r -> Response.ok(twoFactor.accounts().status(r.user())))
        .route("POST", "/api/auth/2fa/setup", this::setup)
        .route("POST", "/api/auth/2fa/confirm", this::confirm)
        .route(
            "POST",
            "/api/auth/2fa/disable",
            r -> {
              twoFactor
                  .accounts()
                  .disable(r.user(), r.body(TwoFactorDisable.class), r.remoteAddress());
              return Response.noContent();
            })
        .route(
            "POST",
            "/api/auth/login/second-factor",
            r -> {
              String userId =
                  twoFactor.signIn().complete(r.body(SecondFactorLogin.class), r.remoteAddress());
              return Response.ok(
                  accounts.signInAfterSecondStep(userId, AuthEndpoints.userAgent(r)));
            })
        .route(
            "GET",
            "/api/admin/two-factor",
            r -> Response.ok(new TwoFactorPolicy(twoFactor.requirement().required(r.user()))))
        .route(
            "POST",
            "/api/admin/two-factor",
            r ->
                Response.ok(
                    new TwoFactorPolicy(
                        twoFactor
                            .requirement()
                            .change(
                                r.user(),
                                r.remoteAddress(),
                                r.body(TwoFactorPolicy.class).required()))));
  }

  /**
   * With a bearer token the current password is checked first, limited like a login: an access
   * token alone must not be enough to put another authenticator on the account.
   */
  private Response setup(Request request) {
    TwoFactorSetupRequest body =
        request
            .optionalBody(TwoFactorSetupRequest.class)
            .orElseGet(() -> new TwoFactorSetupRequest(null, null));
    if (body.token() != null) {
      return Response.ok(
          twoFactor.accounts().setup(twoFactor.accounts().setupTokenUser(body.token())));
    }
    AuthenticatedUser caller = request.user();
    if (body.password() == null || body.password().isEmpty()) {
      throw ChatException.invalidInput(
          "password", "the current password is needed to set up two-factor sign-in");
    }
    accounts.confirmPassword(caller, body.password(), request.remoteAddress());
    return Response.ok(twoFactor.accounts().setup(caller.userId()));
  }

  /**
   * Confirmed with an access token, the answer is the recovery codes; with a setup token, it is
   * also the session the stopped login asked for, and the token is used up.
   */
  private Response confirm(Request request) {
    TwoFactorConfirm body = request.body(TwoFactorConfirm.class);
    if (body.token() == null) {
      List<String> codes = twoFactor.accounts().confirm(request.user().userId(), body.code());
      return Response.ok(new TwoFactorEnabled(codes, null));
    }
    String userId = twoFactor.accounts().setupTokenUser(body.token());
    List<String> codes = twoFactor.accounts().confirm(userId, body.code());
    twoFactor.accounts().useSetupToken(body.token());
    return Response.ok(
        new TwoFactorEnabled(
            codes, accounts.signInAfterSecondStep(userId, AuthEndpoints.userAgent(request))));
  }
}
