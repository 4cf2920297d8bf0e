package chat.protocol.client;

/**
 * A request a client sends on the socket: one record per {@code type} of the protocol, each named
 * by its {@code @JsonTypeName}. The record constructors check the frame's shape, so a decoded frame
 * is well-formed; rules such as membership are the server's business.
 *
 * <p>The server dispatches with a {@code switch} over this sealed type without {@code default}, so
 * a new frame type does not compile until it is handled. The {@code permits} list is the one list
 * of frame types: {@link chat.protocol.ProtocolJson} registers each of them for decoding.
 */
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
        MessagePin,
        MessageUnpin,
        RoomPins,
        Typing,
        Read,
        ReadCursors,
        PresenceQuery,
        Sync,
        RoomRoleSet,
        RoomTransfer,
        RoomKick,
        RoomBan,
        RoomUnban,
        RoomMute,
        RoomUnmute,
        RoomSlowMode,
        RoomModeration,
        DeviceSend,
        DeviceInbox,
        DeviceAck {

  /** The client-chosen id the answer repeats; null only on an {@link Auth} frame without one. */
  String requestId();
}
