package chat.server.auth;

import chat.protocol.ErrorCode;
import chat.server.error.ChatException;
import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Signs and verifies the two kinds of JWT, each with its own secret: short-lived access tokens and
 * long-lived refresh tokens. HS256 is pinned, and {@code iss}, {@code iat}, {@code exp} and the
 * token kind are checked, so a token of one kind never passes as the other.
 */
public final class TokenService {

  public static final String ISSUER = "chat-server";
  public static final Duration ACCESS_TTL = Duration.ofMinutes(15);
  public static final Duration REFRESH_TTL = Duration.ofDays(30);

  private static final String KIND = "typ";
  private static final String SESSION = "sid";

  private final Algorithm accessAlgorithm;
  private final Algorithm refreshAlgorithm;
  private final JWTVerifier accessVerifier;
  private final JWTVerifier refreshVerifier;
  private final Clock clock;

  public TokenService(String accessSecret, String refreshSecret, Clock clock) {
    this.clock = clock;
    this.accessAlgorithm = Algorithm.HMAC256(accessSecret);
    this.refreshAlgorithm = Algorithm.HMAC256(refreshSecret);
    this.accessVerifier = verifier(accessAlgorithm, "access");
    this.refreshVerifier = verifier(refreshAlgorithm, "refresh");
  }

  /** The claims of a verified token. */
  public record Claims(String userId, String sessionId, String tokenId) {}

  public String issueAccess(String userId, String sessionId) {
    Instant now = clock.instant();
    return JWT.create()
        .withIssuer(ISSUER)
        .withSubject(userId)
        .withClaim(SESSION, sessionId)
        .withClaim(KIND, "access")
        .withIssuedAt(now)
        .withExpiresAt(now.plus(ACCESS_TTL))
        .sign(accessAlgorithm);
  }

  public String issueRefresh(String userId, String sessionId, String tokenId, Instant expiresAt) {
    return JWT.create()
        .withIssuer(ISSUER)
        .withSubject(userId)
        .withClaim(SESSION, sessionId)
        .withClaim(KIND, "refresh")
        .withJWTId(tokenId)
        .withIssuedAt(clock.instant())
        .withExpiresAt(expiresAt)
        .sign(refreshAlgorithm);
  }

  /**
   * @throws ChatException {@code TOKEN_EXPIRED} for a well-signed token past its expiry, else
   *     {@code UNAUTHORIZED} for anything not a valid access token
   */
  public Claims verifyAccess(String token) {
    try {
      return claims(accessVerifier.verify(token));
    } catch (TokenExpiredException e) {
      throw new ChatException(ErrorCode.TOKEN_EXPIRED, "access token expired");
    } catch (JWTVerificationException e) {
      throw ChatException.unauthorized("invalid access token");
    }
  }

  /**
   * @throws ChatException {@code UNAUTHORIZED} for anything not a valid, unexpired refresh token
   */
  public Claims verifyRefresh(String token) {
    try {
      return claims(refreshVerifier.verify(token));
    } catch (JWTVerificationException e) {
      throw ChatException.unauthorized("invalid or expired refresh token");
    }
  }

  private JWTVerifier verifier(Algorithm algorithm, String kind) {
    return ((JWTVerifier.BaseVerification)
            JWT.require(algorithm)
                .withIssuer(ISSUER)
                .withClaim(KIND, kind)
                .withClaimPresence(SESSION)
                .withClaimPresence("sub")
                .withClaimPresence("iat")
                .withClaimPresence("exp")
                .acceptLeeway(5))
        .build(clock);
  }

  private static Claims claims(DecodedJWT jwt) {
    return new Claims(jwt.getSubject(), jwt.getClaim(SESSION).asString(), jwt.getId());
  }
}
