package chat.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.protocol.ErrorCode;
import chat.server.error.ChatException;
import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TokenServiceTest {

  private static final String ACCESS = "access-secret-0123456789-0123456789";
  private static final String REFRESH = "refresh-secret-0123456789-012345678";
  private final Instant now = Instant.parse("2026-11-24T12:00:00Z");
  private final TokenService tokens = at(now);

  @Test
  void anAccessTokenCarriesUserAndSession() {
    TokenService.Claims claims = tokens.verifyAccess(tokens.issueAccess("u_1", "s_1"));

    assertThat(claims.userId()).isEqualTo("u_1");
    assertThat(claims.sessionId()).isEqualTo("s_1");
  }

  @Test
  void anAccessTokenExpiresAfterFifteenMinutes() {
    String token = tokens.issueAccess("u_1", "s_1");

    assertThat(at(now.plus(Duration.ofMinutes(14))).verifyAccess(token).userId()).isEqualTo("u_1");
    assertThatThrownBy(() -> at(now.plus(Duration.ofMinutes(16))).verifyAccess(token))
        .isInstanceOfSatisfying(
            ChatException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TOKEN_EXPIRED));
  }

  @Test
  void aTokenIssuedInTheFutureIsRefused() {
    String token = at(now.plus(Duration.ofMinutes(5))).issueAccess("u_1", "s_1");

    assertUnauthorized(() -> tokens.verifyAccess(token));
  }

  @Test
  void theKindsDoNotMix() {
    String refresh = tokens.issueRefresh("u_1", "s_1", "t_1", now.plus(Duration.ofDays(30)));
    String access = tokens.issueAccess("u_1", "s_1");

    assertThat(tokens.verifyRefresh(refresh).tokenId()).isEqualTo("t_1");
    assertUnauthorized(() -> tokens.verifyAccess(refresh));
    assertUnauthorized(() -> tokens.verifyRefresh(access));
  }

  @Test
  void onlyHs256WithTheServersSecretAndIssuerPasses() {
    Algorithm hs256 = Algorithm.HMAC256(ACCESS);

    assertThat(tokens.verifyAccess(handMade(TokenService.ISSUER, hs256, true)).userId())
        .isEqualTo("u_1");
    assertUnauthorized(() -> tokens.verifyAccess(handMade("someone-else", hs256, true)));
    assertUnauthorized(
        () -> tokens.verifyAccess(handMade(TokenService.ISSUER, Algorithm.HMAC512(ACCESS), true)));
    assertUnauthorized(
        () -> tokens.verifyAccess(handMade(TokenService.ISSUER, Algorithm.HMAC256(REFRESH), true)));
    assertUnauthorized(() -> tokens.verifyAccess(handMade(TokenService.ISSUER, hs256, false)));
    assertUnauthorized(() -> tokens.verifyAccess("a.b.c"));
  }

  /** An access token made outside the service, to vary one property at a time. */
  private String handMade(String issuer, Algorithm algorithm, boolean withExpiry) {
    var builder =
        JWT.create()
            .withIssuer(issuer)
            .withSubject("u_1")
            .withClaim("sid", "s_1")
            .withClaim("typ", "access")
            .withIssuedAt(now);
    if (withExpiry) {
      builder.withExpiresAt(now.plusSeconds(60));
    }
    return builder.sign(algorithm);
  }

  private static TokenService at(Instant instant) {
    return new TokenService(ACCESS, REFRESH, Clock.fixed(instant, ZoneOffset.UTC));
  }

  private static void assertUnauthorized(Runnable call) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            ChatException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHORIZED));
  }
}
