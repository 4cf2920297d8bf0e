package chat.server.store;

/**
 * Every port of one adapter, built together when the adapter opens; {@link Storage} hands them out.
 * An adapter fills this in and is left with only what is its own: opening, checking and closing its
 * connection.
 */
public record StorePorts(
    UserStore users,
    SessionStore sessions,
    RoomStore rooms,
    MessageStore messages,
    MessageChangeStore messageChanges,
    EventBus events,
    PresenceStore presence,
    SecretStore secrets,
    ReadCursorStore readCursors,
    SearchIndex search,
    FileStore files,
    RegistrationStore registration,
    ModerationStore moderation,
    AuditStore audit,
    TwoFactorStore twoFactor,
    KeyStore keys,
    DeviceInboxStore inboxes,
    KeyBackupStore backups) {}
