package chat.protocol.server;

/**
 * A frame the server sends: the answer to a request ({@link Ack} or {@link ErrorFrame}, carrying
 * its {@code requestId}) or an event (which carries none). Registered like {@code ClientFrame}: one
 * record per {@code type}, named by its {@code @JsonTypeName}, listed once in {@code permits}.
 */
public sealed interface ServerFrame
    permits Ack,
        ErrorFrame,
        MessageNew,
        MessageUpdated,
        MessageDeleted,
        ReactionUpdated,
        PinsUpdated,
        TypingEvent,
        ReadEvent,
        PresenceEvent,
        RoomUpdated,
        UserUpdated,
        MemberUpdated,
        SlowModeUpdated,
        KeysChanged,
        DeviceMessageNew {}
