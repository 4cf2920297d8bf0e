package chat.protocol.server;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonSubTypes.Type;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A frame the server sends: the answer to a request ({@link Ack} or {@link ErrorFrame}, carrying
 * its {@code requestId}) or an event (which carries none). Registered like {@code ClientFrame}: one
 * record per {@code type}, listed in {@code @JsonSubTypes}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @Type(Ack.class),
  @Type(ErrorFrame.class),
  @Type(MessageNew.class),
  @Type(MessageUpdated.class),
  @Type(MessageDeleted.class),
  @Type(ReactionUpdated.class),
  @Type(TypingEvent.class),
  @Type(ReadEvent.class),
  @Type(PresenceEvent.class),
  @Type(RoomUpdated.class)
})
public sealed interface ServerFrame
    permits Ack,
        ErrorFrame,
        MessageNew,
        MessageUpdated,
        MessageDeleted,
        ReactionUpdated,
        TypingEvent,
        ReadEvent,
        PresenceEvent,
        RoomUpdated {}
