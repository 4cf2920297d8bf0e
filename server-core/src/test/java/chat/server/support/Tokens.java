package chat.server.support;

import chat.server.auth.TokenService;
import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.time.Instant;

/** Tokens a test makes itself with the test server's secret. */
public final class Tokens {

  private Tokens() {}

  /** A correctly signed access token that expired a minute ago. */
  public static String expiredAccess(String userId, String sessionId) {
    Instant issued = Instant.now().minusSeconds(16 * 60);
    return JWT.create()
        .withIssuer(TokenService.ISSUER)
        .withSubject(userId)
        .withClaim("sid", sessionId)
        .withClaim("typ", "access")
        .withIssuedAt(issued)
        .withExpiresAt(issued.plus(TokenService.ACCESS_TTL))
        .sign(Algorithm.HMAC256(TestServer.JWT_SECRET));
  }
}
