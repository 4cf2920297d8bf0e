package chat.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.auth.TotpCodes;
import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Login;
import chat.server.support.ApiClient.Reply;
import chat.server.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two-factor sign-in end to end over HTTP: setup, confirm, the login's second step, turning it off
 * and the admins' requirement, and each refusal with the stored state unchanged. Codes come from
 * the real clock: a confirm uses the current step, a later use the next one, and a third use of one
 * account a recovery code, so no test waits for a step to pass. With two nodes, requests alternate
 * between them.
 */
class TwoFactorApiTest {

  private static final String PASSWORD = "correct horse battery";

  @RegisterExtension static final TestServer server = TestServer.create();
  static ApiClient here;
  static ApiClient there;
  static Login owner;

  @BeforeAll
  static void start() {
    here = server.api();
    there = server.api();
    owner = here.registered("tfowner");
  }

  @AfterEach
  void dropTheRequirement() {
    here.post("/api/admin/two-factor", owner.accessToken(), Map.of("required", false));
  }

  /** A user with two-factor sign-in on: its secret and recovery codes. */
  private record Enrolled(Login login, String secret, List<String> recoveryCodes) {}

  private static Enrolled enrolled(String name) {
    Login login = here.registered(name);
    Reply setup =
        here.post("/api/auth/2fa/setup", login.accessToken(), Map.of("password", PASSWORD));
    assertThat(setup.status()).isEqualTo(200);
    String secret = setup.body().path("secret").asText();
    Reply confirmed =
        there.post(
            "/api/auth/2fa/confirm", login.accessToken(), Map.of("code", TotpCodes.now(secret, 0)));
    assertThat(confirmed.status()).isEqualTo(200);
    List<String> codes = new ArrayList<>();
    confirmed.body().path("recoveryCodes").forEach(code -> codes.add(code.asText()));
    return new Enrolled(login, secret, codes);
  }

  private static String secondFactorToken(String name) {
    Reply login = here.login(name, PASSWORD);
    assertThat(login.status()).isEqualTo(401);
    assertThat(login.errorCode()).isEqualTo("SECOND_FACTOR_REQUIRED");
    assertThat(login.body().has("accessToken")).isFalse();
    return login.body().path("error").path("secondFactorToken").asText();
  }

  private static Reply secondStep(String token, String code) {
    return there.post("/api/auth/login/second-factor", null, Map.of("token", token, "code", code));
  }

  private static JsonNode status(Login login) {
    return here.get("/api/auth/2fa", login.accessToken()).body();
  }

  @Test
  void setupAnswersASecretAndAnOtpauthUriAndStaysPendingUntilConfirmed() {
    Login login = here.registered("tfpending");
    Reply setup =
        here.post("/api/auth/2fa/setup", login.accessToken(), Map.of("password", PASSWORD));

    assertThat(setup.body().path("secret").asText()).matches("[A-Z2-7]{32}");
    assertThat(setup.body().path("otpauthUri").asText())
        .startsWith("otpauth://totp/")
        .contains(":tfpending?secret=" + setup.body().path("secret").asText())
        .contains("&digits=6&period=30");
    assertThat(status(login).path("enabled").asBoolean()).isFalse();
    assertThat(here.login("tfpending", PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void settingUpWithAnAccessTokenTakesTheCurrentPasswordAndARefusalChangesNothing() {
    Login login = here.registered("tfsetuppw");

    Reply none = here.post("/api/auth/2fa/setup", login.accessToken(), "");
    Reply wrong =
        here.post("/api/auth/2fa/setup", login.accessToken(), Map.of("password", "not it at all"));

    assertThat(none.status()).isEqualTo(400);
    assertThat(none.errorCode()).isEqualTo("INVALID_INPUT");
    assertThat(none.body().path("error").path("field").asText()).isEqualTo("password");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.errorCode()).isEqualTo("INVALID_CREDENTIALS");
    Reply confirm =
        there.post("/api/auth/2fa/confirm", login.accessToken(), Map.of("code", "123456"));
    assertThat(confirm.errorCode()).as("nothing pending").isEqualTo("TWO_FACTOR_NOT_SET_UP");
    assertThat(status(login).path("enabled").asBoolean()).isFalse();
  }

  @Test
  void confirmingHandsOutTenDistinctRecoveryCodesOnce() {
    Enrolled user = enrolled("tfconfirm");

    assertThat(user.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
    assertThat(user.recoveryCodes()).allMatch(code -> code.matches("([a-z2-7]{4}-){3}[a-z2-7]{4}"));
    assertThat(status(user.login()).path("enabled").asBoolean()).isTrue();
    assertThat(status(user.login()).path("recoveryCodesLeft").asInt()).isEqualTo(10);
  }

  @Test
  void signingInWithTwoFactorTakesThePasswordThenACode() {
    Enrolled user = enrolled("tfsignin");
    String token = secondFactorToken("tfsignin");

    Reply signedIn = secondStep(token, TotpCodes.now(user.secret(), 1));

    assertThat(signedIn.status()).isEqualTo(200);
    Login session = ApiClient.login(signedIn);
    assertThat(session.username()).isEqualTo("tfsignin");
    assertThat(here.get("/api/auth/sessions", session.accessToken()).status()).isEqualTo(200);
  }

  @Test
  void aCodeAlreadyUsedIsRefusedAndTheTokenStillWorks() {
    Enrolled user = enrolled("tfreplay");
    String token = secondFactorToken("tfreplay");

    Reply replayed = secondStep(token, TotpCodes.now(user.secret(), 0));
    Reply older = secondStep(token, TotpCodes.now(user.secret(), -1));

    assertThat(replayed.status()).isEqualTo(401);
    assertThat(replayed.errorCode()).isEqualTo("INVALID_SECOND_FACTOR");
    assertThat(older.errorCode()).isEqualTo("INVALID_SECOND_FACTOR");
    assertThat(secondStep(token, TotpCodes.now(user.secret(), 1)).status()).isEqualTo(200);
  }

  @Test
  void aCodeOutsideTheWindowIsRefusedAndChangesNothing() {
    Enrolled user = enrolled("tfwindow");
    String token = secondFactorToken("tfwindow");

    assertThat(secondStep(token, TotpCodes.now(user.secret(), 3)).errorCode())
        .isEqualTo("INVALID_SECOND_FACTOR");
    assertThat(secondStep(token, TotpCodes.now(user.secret(), -3)).errorCode())
        .isEqualTo("INVALID_SECOND_FACTOR");
    assertThat(secondStep(token, "12345x").errorCode()).isEqualTo("INVALID_SECOND_FACTOR");

    // Had a refused code been recorded as used, the next step's code would be refused too.
    assertThat(secondStep(token, TotpCodes.now(user.secret(), 1)).status()).isEqualTo(200);
  }

  @Test
  void aRecoveryCodeSignsInOnceOnly() {
    Enrolled user = enrolled("tfrecovery");
    String code = user.recoveryCodes().get(3);

    Reply first = secondStep(secondFactorToken("tfrecovery"), code.toUpperCase().replace("-", ""));
    Reply again = secondStep(secondFactorToken("tfrecovery"), code);

    assertThat(first.status()).isEqualTo(200);
    assertThat(again.status()).isEqualTo(401);
    assertThat(again.errorCode()).isEqualTo("INVALID_SECOND_FACTOR");
    assertThat(status(user.login()).path("recoveryCodesLeft").asInt()).isEqualTo(9);
  }

  @Test
  void aTokenWorksOnceAndAnUnknownOneIsRefused() {
    Enrolled user = enrolled("tftoken");
    String token = secondFactorToken("tftoken");
    assertThat(secondStep(token, user.recoveryCodes().get(0)).status()).isEqualTo(200);

    Reply reused = secondStep(token, user.recoveryCodes().get(1));
    Reply unknown = secondStep("sf_unknown", user.recoveryCodes().get(1));

    assertThat(reused.errorCode()).isEqualTo("UNAUTHORIZED");
    assertThat(unknown.errorCode()).isEqualTo("UNAUTHORIZED");
    assertThat(status(user.login()).path("recoveryCodesLeft").asInt()).isEqualTo(9);
  }

  @Test
  void aTokenIssuedBeforeTheUserChangesTheirPasswordNoLongerSignsIn() {
    Enrolled user = enrolled("tfchanged");
    String token = secondFactorToken("tfchanged");
    Reply changed =
        here.post(
            "/api/auth/password",
            user.login().accessToken(),
            Map.of("currentPassword", PASSWORD, "newPassword", "a brand new password"));
    assertThat(changed.status()).isEqualTo(204);

    Reply refused = secondStep(token, user.recoveryCodes().get(0));

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.errorCode()).isEqualTo("UNAUTHORIZED");
    assertThat(status(user.login()).path("recoveryCodesLeft").asInt()).isEqualTo(10);
  }

  @Test
  void aTokenIssuedBeforeAnAdminResetsThePasswordNoLongerSignsIn() {
    Enrolled user = enrolled("tfreset");
    String token = secondFactorToken("tfreset");
    Reply reset =
        here.post(
            "/api/admin/accounts/" + user.login().userId() + "/password",
            owner.accessToken(),
            Map.of("password", "a temporary password"));
    assertThat(reset.status()).isEqualTo(200);

    Reply refused = secondStep(token, user.recoveryCodes().get(0));

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.errorCode()).isEqualTo("UNAUTHORIZED");
    assertThat(there.login("tfreset", "a temporary password").errorCode())
        .isEqualTo("PASSWORD_CHANGE_REQUIRED");
  }

  @Test
  void guessingCodesIsLimitedLikeLoginsAndChangesNothing() {
    Enrolled user = enrolled("tfguesser");
    String token = secondFactorToken("tfguesser");
    String wrong = TotpCodes.now(user.secret(), 5);

    Reply refused = null;
    for (int attempt = 0; attempt < 12 && refused == null; attempt++) {
      Reply guess = secondStep(token, wrong);
      if (guess.errorCode().equals("RATE_LIMITED")) {
        refused = guess;
      } else {
        assertThat(guess.errorCode()).isEqualTo("INVALID_SECOND_FACTOR");
      }
    }

    assertThat(refused).as("a guess beyond the login limit is refused").isNotNull();
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.body().path("error").path("retryAfterMs").asLong()).isPositive();
    Reply rightButLimited = secondStep(token, user.recoveryCodes().get(0));
    assertThat(rightButLimited.errorCode()).isEqualTo("RATE_LIMITED");
    assertThat(status(user.login()).path("recoveryCodesLeft").asInt()).isEqualTo(10);
  }

  @Test
  void turningItOffTakesThePasswordAndACode() {
    Enrolled user = enrolled("tfoff");
    String token = user.login().accessToken();
    String recovery = user.recoveryCodes().get(0);

    Reply wrongPassword =
        here.post(
            "/api/auth/2fa/disable",
            token,
            Map.of("password", "not the password", "code", recovery));
    Reply wrongCode =
        here.post(
            "/api/auth/2fa/disable",
            token,
            Map.of("password", PASSWORD, "code", TotpCodes.now(user.secret(), 4)));
    assertThat(wrongPassword.errorCode()).isEqualTo("INVALID_CREDENTIALS");
    assertThat(wrongCode.errorCode()).isEqualTo("INVALID_SECOND_FACTOR");
    assertThat(status(user.login()).path("enabled").asBoolean()).isTrue();
    assertThat(status(user.login()).path("recoveryCodesLeft").asInt()).isEqualTo(10);

    Reply off =
        there.post("/api/auth/2fa/disable", token, Map.of("password", PASSWORD, "code", recovery));

    assertThat(off.status()).isEqualTo(204);
    assertThat(status(user.login()).path("enabled").asBoolean()).isFalse();
    assertThat(here.login("tfoff", PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void anAccountWithTwoFactorOnCannotSetItUpAgainNorConfirmAWrongCode() {
    Enrolled user = enrolled("tfagain");
    Reply again =
        here.post("/api/auth/2fa/setup", user.login().accessToken(), Map.of("password", PASSWORD));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.errorCode()).isEqualTo("TWO_FACTOR_ALREADY_ON");

    Login fresh = here.registered("tfwrongconfirm");
    String secret =
        here.post("/api/auth/2fa/setup", fresh.accessToken(), Map.of("password", PASSWORD))
            .body()
            .path("secret")
            .asText();
    Reply wrong =
        here.post(
            "/api/auth/2fa/confirm", fresh.accessToken(), Map.of("code", TotpCodes.now(secret, 4)));
    assertThat(wrong.errorCode()).isEqualTo("INVALID_SECOND_FACTOR");
    assertThat(status(fresh).path("enabled").asBoolean()).isFalse();
    assertThat(here.login("tfwrongconfirm", PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void onlyAdminsRequireTwoFactorSignIn() {
    Login member = here.registered("tfmember");

    Reply refused =
        here.post("/api/admin/two-factor", member.accessToken(), Map.of("required", true));

    assertThat(refused.errorCode()).isEqualTo("FORBIDDEN");
    assertThat(
            there
                .get("/api/admin/two-factor", owner.accessToken())
                .body()
                .path("required")
                .asBoolean())
        .isFalse();
    assertThat(here.login("tfmember", PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void whenRequiredAnAccountWithoutItSetsItUpWithTheLoginsTokenAndIsSignedIn() {
    here.registered("tfrequired");
    assertThat(
            here.post("/api/admin/two-factor", owner.accessToken(), Map.of("required", true))
                .body()
                .path("required")
                .asBoolean())
        .isTrue();

    Reply login = there.login("tfrequired", PASSWORD);
    assertThat(login.status()).isEqualTo(401);
    assertThat(login.errorCode()).isEqualTo("SECOND_FACTOR_SETUP_REQUIRED");
    String token = login.body().path("error").path("secondFactorToken").asText();
    assertThat(secondStep(token, "123456").errorCode())
        .as("a setup token is no second step")
        .isEqualTo("UNAUTHORIZED");

    Reply setup = here.post("/api/auth/2fa/setup", null, Map.of("token", token));
    String secret = setup.body().path("secret").asText();
    Reply confirmed =
        there.post(
            "/api/auth/2fa/confirm",
            null,
            Map.of("token", token, "code", TotpCodes.now(secret, 0)));

    assertThat(confirmed.status()).isEqualTo(200);
    assertThat(confirmed.body().path("recoveryCodes")).hasSize(10);
    String accessToken = confirmed.body().path("session").path("accessToken").asText();
    assertThat(status(new Login(null, null, accessToken, null)).path("required").asBoolean())
        .isTrue();
    assertThat(here.post("/api/auth/2fa/setup", null, Map.of("token", token)).errorCode())
        .as("the setup token was used up")
        .isEqualTo("UNAUTHORIZED");
    assertThat(here.login("tfrequired", PASSWORD).errorCode()).isEqualTo("SECOND_FACTOR_REQUIRED");
  }

  @Test
  void whenRequiredTwoFactorCannotBeTurnedOff() {
    Enrolled user = enrolled("tfkeep");
    here.post("/api/admin/two-factor", owner.accessToken(), Map.of("required", true));

    Reply off =
        here.post(
            "/api/auth/2fa/disable",
            user.login().accessToken(),
            Map.of("password", PASSWORD, "code", user.recoveryCodes().get(0)));

    assertThat(off.errorCode()).isEqualTo("FORBIDDEN");
    assertThat(status(user.login()).path("enabled").asBoolean()).isTrue();
    assertThat(status(user.login()).path("recoveryCodesLeft").asInt()).isEqualTo(10);
  }
}
