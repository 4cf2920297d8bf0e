package chat.server.auth;

/** The tokens handed out at login or refresh, for one session. */
public record IssuedTokens(
    String userId, String sessionId, String accessToken, String refreshToken, long expiresIn) {}
