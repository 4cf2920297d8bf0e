package chat.protocol.client;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonSubTypes.Type;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A request a client sends on the socket: one record per {@code type} of the protocol, each named
 * by its {@code @JsonTypeName}. The record constructors check the frame's shape, so a decoded frame
 * is well-formed; rules such as membership are the server's business.
 *
 * <p>The server dispatches with a {@code switch} over this sealed type without {@code default}, so
 * a new frame type does not compile until it is handled. Every record must also be listed in
 * {@code @JsonSubTypes}; a test holds the two lists together.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @Type(Ping.class),
  @Type(Auth.class),
  @Type(RoomCreate.class),
  @Type(RoomJoin.class),
  @Type(RoomLeave.class),
  @Type(RoomInvite.class),
  @Type(RoomList.class),
  @Type(RoomDirectory.class),
  @Type(RoomMembers.class),
  @Type(DmOpen.class),
  @Type(MessageSend.class),
  @Type(MessageHistory.class),
  @Type(MessageSearch.class),
  @Type(MessageEdit.class),
  @Type(MessageDelete.class),
  @Type(ReactionAdd.class),
  @Type(ReactionRemove.class),
  @Type(ThreadHistory.class),
  @Type(Typing.class),
  @Type(Read.class),
  @Type(PresenceQuery.class),
  @Type(Sync.class)
})
public sealed interface ClientFrame
    permits Ping,
        Auth,
        RoomCreate,
        RoomJoin,
        RoomLeave,
        RoomInvite,
        RoomList,
        RoomDirectory,
        RoomMembers,
        DmOpen,
        MessageSend,
        MessageHistory,
        MessageSearch,
        MessageEdit,
        MessageDelete,
        ReactionAdd,
        ReactionRemove,
        ThreadHistory,
        Typing,
        Read,
        PresenceQuery,
        Sync {

  /** The client-chosen id the answer repeats; null only on an {@link Auth} frame without one. */
  String requestId();
}
