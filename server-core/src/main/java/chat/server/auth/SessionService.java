package chat.server.auth;

import chat.protocol.ErrorCode;
import chat.protocol.http.SessionInfo;
import chat.server.error.ChatException;
import chat.server.id.Ids;
import chat.server.store.BusEvent;
import chat.server.store.EventBus;
import chat.server.store.Session;
import chat.server.store.SessionStore;
import chat.server.store.UserAccount;
import chat.server.store.UserStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Login sessions: each is a family of tokens. Refresh tokens rotate; presenting one that was
 * already rotated means it leaked (or a client raced itself), so the whole session is revoked.
 * Revoking a session is announced on the bus so every node closes its sockets.
 */
public final class SessionService {

  private static final Logger log = LoggerFactory.getLogger(SessionService.class);

  private final SessionStore sessions;
  private final UserStore users;
  private final TokenService tokens;
  private final EventBus events;
  private final Clock clock;

  public SessionService(
      SessionStore sessions, UserStore users, TokenService tokens, EventBus events, Clock clock) {
    this.sessions = sessions;
    this.users = users;
    this.tokens = tokens;
    this.events = events;
    this.clock = clock;
  }

  /** Starts a session for a user who just proved who they are. */
  public IssuedTokens open(String userId, String userAgent) {
    long now = clock.millis();
    String tokenId = Ids.token();
    long expiresAt = now + TokenService.REFRESH_TTL.toMillis();
    Session session =
        new Session(Ids.session(), userId, now, now, userAgent, tokenId, expiresAt, 0);
    sessions.insert(session);
    log.info("session {} opened for user {}", session.sessionId(), userId);
    return issue(userId, session.sessionId(), tokenId, expiresAt);
  }

  /**
   * Checks an access token, that its session is still live and that its user is not deactivated (a
   * login racing a deactivation may open a session after the deactivation revoked the others).
   *
   * @throws ChatException {@code UNAUTHORIZED} or {@code TOKEN_EXPIRED}
   */
  public AuthenticatedUser authenticate(String accessToken) {
    TokenService.Claims claims = tokens.verifyAccess(accessToken);
    Session session =
        sessions
            .find(claims.sessionId())
            .filter(s -> s.isLive(clock.millis()) && s.userId().equals(claims.userId()))
            .orElseThrow(() -> ChatException.unauthorized("session revoked or expired"));
    UserAccount user =
        users
            .findById(session.userId())
            .filter(account -> !account.deactivated())
            .orElseThrow(() -> ChatException.unauthorized("unknown or deactivated user"));
    return new AuthenticatedUser(user.userId(), user.username(), session.sessionId());
  }

  /**
   * Trades a refresh token for a new pair. A token that was already rotated revokes its session. A
   * deactivated user's token is refused before anything changes.
   *
   * @throws ChatException {@code UNAUTHORIZED} or {@code ACCOUNT_DEACTIVATED}
   */
  public IssuedTokens refresh(String refreshToken) {
    TokenService.Claims claims = tokens.verifyRefresh(refreshToken);
    if (users.findById(claims.userId()).filter(UserAccount::deactivated).isPresent()) {
      throw deactivated();
    }
    long now = clock.millis();
    String newTokenId = Ids.token();
    long expiresAt = now + TokenService.REFRESH_TTL.toMillis();
    if (sessions.rotate(claims.sessionId(), claims.tokenId(), newTokenId, now, expiresAt)) {
      return issue(claims.userId(), claims.sessionId(), newTokenId, expiresAt);
    }
    boolean wasLive = sessions.find(claims.sessionId()).filter(s -> s.isLive(now)).isPresent();
    if (wasLive) {
      log.warn("refresh token reuse on session {}: revoking it", claims.sessionId());
      revokeSession(claims.sessionId());
      throw ChatException.unauthorized("refresh token already used; session revoked");
    }
    throw ChatException.unauthorized("session revoked or expired");
  }

  public List<SessionInfo> list(AuthenticatedUser user) {
    return sessions.listLive(user.userId(), clock.millis()).stream()
        .map(
            s ->
                new SessionInfo(
                    s.sessionId(),
                    s.createdAt(),
                    s.lastUsedAt(),
                    s.userAgent(),
                    s.sessionId().equals(user.sessionId())))
        .toList();
  }

  /**
   * Revokes one of the caller's own sessions.
   *
   * @throws ChatException {@code NOT_FOUND} when the caller has no live session of that id
   */
  public void revoke(AuthenticatedUser user, String sessionId) {
    boolean owned =
        sessions
            .find(sessionId)
            .filter(s -> s.userId().equals(user.userId()) && s.isLive(clock.millis()))
            .isPresent();
    if (!owned) {
      throw ChatException.notFound("no such session");
    }
    revokeSession(sessionId);
  }

  /** How many live sessions the user has. */
  public int liveCount(String userId) {
    return sessions.listLive(userId, clock.millis()).size();
  }

  /**
   * Revokes every live session of a user, for an admin: their refresh tokens stop working and every
   * node closes their sockets.
   */
  public void revokeAllOf(String userId) {
    revokeAll(userId, null);
  }

  /** The refusal of a deactivated account's login or refresh. */
  static ChatException deactivated() {
    return new ChatException(ErrorCode.ACCOUNT_DEACTIVATED, "this account is deactivated");
  }

  /** Revokes every live session of the caller but the one they asked from. */
  public void revokeOthers(AuthenticatedUser user) {
    revokeAll(user.userId(), user.sessionId());
  }

  /** Revokes every live session of the caller, the one they asked from included. */
  public void revokeEverywhere(AuthenticatedUser user) {
    revokeAll(user.userId(), null);
  }

  private void revokeAll(String userId, String keep) {
    for (Session session : sessions.listLive(userId, clock.millis())) {
      if (!session.sessionId().equals(keep)) {
        revokeSession(session.sessionId());
      }
    }
  }

  private void revokeSession(String sessionId) {
    if (sessions.revoke(sessionId, clock.millis())) {
      log.info("session {} revoked", sessionId);
    }
    events.publish(new BusEvent.SessionRevoked(sessionId));
  }

  private IssuedTokens issue(String userId, String sessionId, String tokenId, long expiresAt) {
    return new IssuedTokens(
        userId,
        sessionId,
        tokens.issueAccess(userId, sessionId),
        tokens.issueRefresh(userId, sessionId, tokenId, Instant.ofEpochMilli(expiresAt)),
        TokenService.ACCESS_TTL.toSeconds());
  }
}
