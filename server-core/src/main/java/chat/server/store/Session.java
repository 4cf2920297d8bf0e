package chat.server.store;

/**
 * One login: the family of every access and refresh token issued from it. {@code refreshTokenId}
 * names the only refresh token of the family that still works; rotation replaces it. Times are
 * epoch milliseconds. {@code revokedAt} is 0 while the session is live.
 */
public record Session(
    String sessionId,
    String userId,
    long createdAt,
    long lastUsedAt,
    String userAgent,
    String refreshTokenId,
    long expiresAt,
    long revokedAt) {

  public boolean isLive(long now) {
    return revokedAt == 0 && expiresAt > now;
  }
}
