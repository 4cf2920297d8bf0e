package chat.server;

import chat.server.auth.AccountService;
import chat.server.auth.JwtSecrets;
import chat.server.auth.PasswordHasher;
import chat.server.auth.SessionService;
import chat.server.auth.TokenService;
import chat.server.chat.MessageService;
import chat.server.chat.PresenceService;
import chat.server.chat.RoomService;
import chat.server.chat.UserDirectory;
import chat.server.metrics.ServerMetrics;
import chat.server.ratelimit.RateLimiter;
import chat.server.store.Storage;
import java.time.Clock;

/** The domain services of one node, built on one store. */
record Services(
    SessionService sessions,
    AccountService accounts,
    PresenceService presence,
    UserDirectory users,
    RoomService rooms,
    MessageService messages) {

  static Services wire(ServerConfig config, Storage storage, ServerMetrics metrics, Clock clock) {
    JwtSecrets secrets =
        JwtSecrets.resolve(config.jwtSecret(), config.jwtRefreshSecret(), storage.secrets());
    TokenService tokens = new TokenService(secrets.access(), secrets.refresh(), clock);
    SessionService sessions =
        new SessionService(storage.sessions(), storage.users(), tokens, storage.events(), clock);
    PresenceService presence = new PresenceService(storage.presence(), storage.users(), clock);
    UserDirectory users = new UserDirectory(storage.users(), presence);
    RateLimiter loginLimiter =
        new RateLimiter(config.loginAttemptsPerMinute(), config.loginAttemptsPerMinute() / 60.0);
    AccountService accounts =
        new AccountService(
            storage.users(),
            new PasswordHasher(config.bcryptCost()),
            sessions,
            users,
            loginLimiter,
            clock);
    RoomService rooms =
        new RoomService(storage.rooms(), storage.messages(), users, storage.events(), clock);
    RateLimiter sendLimiter = new RateLimiter(config.messageBurst(), config.messagesPerSecond());
    MessageService messages =
        new MessageService(
            storage.messages(), rooms, storage.events(), sendLimiter, metrics, clock);
    return new Services(sessions, accounts, presence, users, rooms, messages);
  }
}
