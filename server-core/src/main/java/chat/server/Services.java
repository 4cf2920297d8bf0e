package chat.server;

import chat.protocol.Features;
import chat.server.auth.AccountAdministration;
import chat.server.auth.AccountService;
import chat.server.auth.AuditLog;
import chat.server.auth.JwtSecrets;
import chat.server.auth.LoginGuard;
import chat.server.auth.PasswordHasher;
import chat.server.auth.RegistrationPolicy;
import chat.server.auth.SessionService;
import chat.server.auth.SignInBursts;
import chat.server.auth.TokenService;
import chat.server.auth.TwoFactor;
import chat.server.chat.AccountDeletion;
import chat.server.chat.DataExport;
import chat.server.chat.DelayedTasks;
import chat.server.chat.DeviceMessageService;
import chat.server.chat.FileCleanup;
import chat.server.chat.FileService;
import chat.server.chat.KeyBackupService;
import chat.server.chat.KeyService;
import chat.server.chat.MessageChangeService;
import chat.server.chat.MessageService;
import chat.server.chat.ModerationService;
import chat.server.chat.PresenceService;
import chat.server.chat.ReadReceiptService;
import chat.server.chat.RoomInvites;
import chat.server.chat.RoomService;
import chat.server.chat.SearchService;
import chat.server.chat.TypingService;
import chat.server.chat.UnsentFileSweep;
import chat.server.chat.UserDirectory;
import chat.server.metrics.ServerMetrics;
import chat.server.ratelimit.RateLimiter;
import chat.server.store.Storage;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The domain services of one node, built on one store. {@link #close} settles presence and stops
 * the timers; the store is closed by its owner.
 */
public record Services(
    SessionService sessions,
    AccountService accounts,
    TwoFactor twoFactor,
    RegistrationPolicy registration,
    AuditLog audit,
    AccountAdministration administration,
    RoomInvites roomInvites,
    PresenceService presence,
    UserDirectory users,
    RoomService rooms,
    MessageService messages,
    MessageChangeService changes,
    TypingService typing,
    ReadReceiptService receipts,
    SearchService search,
    ModerationService moderation,
    DataExport exports,
    AccountDeletion deletion,
    KeyService keys,
    DeviceMessageService devices,
    KeyBackupService backups,
    DelayedTasks tasks)
    implements AutoCloseable {

  /** What {@code /api/info} lists in {@code features}: the parts of the protocol served. */
  static final List<String> FEATURES =
      List.of(
          Features.SEARCH,
          Features.PRESENCE,
          Features.TYPING,
          Features.RECEIPTS,
          Features.READ_CURSORS,
          Features.THREADS,
          Features.MENTIONS,
          Features.EDITS,
          Features.REACTIONS,
          Features.PINS,
          Features.MODERATION,
          Features.TWO_FACTOR,
          Features.E2EE);

  /**
   * Builds every service of one node on {@code storage}; the benchmarks use it too. With {@code
   * files}, a deleted message frees its files, and uploads never sent are swept.
   */
  public static Services wire(
      ServerConfig config,
      Storage storage,
      Optional<FileService> files,
      ServerMetrics metrics,
      Clock clock) {
    JwtSecrets secrets =
        JwtSecrets.resolve(config.jwtSecret(), config.jwtRefreshSecret(), storage.secrets());
    TokenService tokens = new TokenService(secrets.access(), secrets.refresh(), clock);
    SessionService sessions =
        new SessionService(storage.sessions(), storage.users(), tokens, storage.events(), clock);
    DelayedTasks tasks = new DelayedTasks(clock);
    ServerConfig.RealtimeTimings timings = config.realtime();
    PresenceService presence = new PresenceService(storage.ports(), tasks, timings.presenceGrace());
    UserDirectory users = new UserDirectory(storage.users(), presence, storage.events());
    ServerConfig.AbuseLimits abuse = config.abuse();
    AuditLog audit =
        new AuditLog(storage.ports().audit(), storage.users(), config.auditRetention(), clock);
    RateLimiter invitesPerUser = perMinute(abuse.invitesPerUserPerMinute());
    RegistrationPolicy registration =
        new RegistrationPolicy(
            storage.ports(), audit, config.registration(), invitesPerUser, clock);
    LoginGuard guard =
        new LoginGuard(
            new PasswordHasher(config.bcryptCost(), abuse.passwordHashQueue()),
            perMinute(config.loginAttemptsPerMinute()),
            perMinute(abuse.loginsPerAddressPerMinute()),
            perHour(abuse.registrationsPerAddressPerHour()),
            perMinute(config.loginAttemptsPerMinute()),
            new SignInBursts(audit));
    TwoFactor twoFactor =
        TwoFactor.create(
            storage.ports().twoFactor(), storage.users(), guard, audit, config.serverName(), clock);
    RoomService rooms =
        new RoomService(
            storage.ports(),
            users,
            new RoomService.Limiters(invitesPerUser, perHour(abuse.roomsPerUserPerHour())),
            clock);
    RoomInvites roomInvites = new RoomInvites(registration, rooms);
    AccountService accounts =
        new AccountService(
            storage.users(),
            guard,
            registration,
            roomInvites,
            twoFactor.signIn(),
            sessions,
            users,
            clock);
    RateLimiter sendLimiter = new RateLimiter(config.messageBurst(), config.messagesPerSecond());
    MessageService messages = new MessageService(storage.ports(), rooms, sendLimiter, metrics);
    Optional<FileCleanup> cleanup = files.map(FileService::cleanup);
    MessageChangeService changes =
        new MessageChangeService(storage.ports(), rooms, sendLimiter, cleanup, audit);
    cleanup.ifPresent(
        freeing ->
            new UnsentFileSweep(
                    freeing,
                    tasks,
                    new UnsentFileSweep.Timing(
                        config.files().unsentTtl(), config.files().sweepInterval()))
                .start());
    TypingService typing =
        new TypingService(
            rooms,
            storage.events(),
            tasks,
            new TypingService.Periods(timings.typingTimeout(), timings.typingThrottle()));
    ReadReceiptService receipts =
        new ReadReceiptService(storage.readCursors(), rooms, storage.events());
    SearchService search =
        new SearchService(storage.search(), storage.messages(), rooms, storage.users());
    return new Services(
        sessions,
        accounts,
        twoFactor,
        registration,
        audit,
        new AccountAdministration(
            storage.users(), sessions, guard.hasher(), audit, twoFactor.signIn()),
        roomInvites,
        presence,
        users,
        rooms,
        messages,
        changes,
        typing,
        receipts,
        search,
        new ModerationService(storage.ports(), users, sendLimiter, clock, audit),
        new DataExport(
            storage.users(), rooms, messages, files, perHour(abuse.exportsPerUserPerHour()), clock),
        new AccountDeletion(
            storage.ports(), new AccountDeletion.Accounts(accounts, sessions, users, presence)),
        new KeyService(storage.ports(), presence, accounts, clock),
        new DeviceMessageService(storage.ports(), presence),
        new KeyBackupService(storage.ports()),
        tasks);
  }

  /** {@code count} at once, then refilled evenly over a minute. */
  private static RateLimiter perMinute(int count) {
    return new RateLimiter(count, count / 60.0);
  }

  /** {@code count} at once, then refilled evenly over an hour. */
  private static RateLimiter perHour(int count) {
    return new RateLimiter(count, count / 3600.0);
  }

  /** Settles the presence of sockets closed in their grace, then stops every timer. */
  @Override
  public void close() {
    presence.close();
    tasks.close();
  }
}
