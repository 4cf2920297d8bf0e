package chat.server.ws;

import chat.protocol.client.Auth;
import chat.protocol.client.ClientFrame;
import chat.protocol.client.DeviceAck;
import chat.protocol.client.DeviceInbox;
import chat.protocol.client.DeviceSend;
import chat.protocol.client.DmOpen;
import chat.protocol.client.MessageDelete;
import chat.protocol.client.MessageEdit;
import chat.protocol.client.MessageHistory;
import chat.protocol.client.MessagePin;
import chat.protocol.client.MessageSearch;
import chat.protocol.client.MessageSend;
import chat.protocol.client.MessageUnpin;
import chat.protocol.client.Ping;
import chat.protocol.client.PresenceQuery;
import chat.protocol.client.ReactionAdd;
import chat.protocol.client.ReactionRemove;
import chat.protocol.client.Read;
import chat.protocol.client.ReadCursors;
import chat.protocol.client.RoomBan;
import chat.protocol.client.RoomCreate;
import chat.protocol.client.RoomDirectory;
import chat.protocol.client.RoomInvite;
import chat.protocol.client.RoomJoin;
import chat.protocol.client.RoomKick;
import chat.protocol.client.RoomLeave;
import chat.protocol.client.RoomList;
import chat.protocol.client.RoomMembers;
import chat.protocol.client.RoomModeration;
import chat.protocol.client.RoomMute;
import chat.protocol.client.RoomPins;
import chat.protocol.client.RoomRoleSet;
import chat.protocol.client.RoomSlowMode;
import chat.protocol.client.RoomTransfer;
import chat.protocol.client.RoomUnban;
import chat.protocol.client.RoomUnmute;
import chat.protocol.client.Sync;
import chat.protocol.client.ThreadHistory;
import chat.protocol.client.Typing;
import chat.protocol.result.DeviceInboxResult;
import chat.protocol.result.EmptyResult;
import chat.protocol.result.MembersResult;
import chat.protocol.result.MessageResult;
import chat.protocol.result.MessagesResult;
import chat.protocol.result.PinsResult;
import chat.protocol.result.PresenceResult;
import chat.protocol.result.ReadCursorsResult;
import chat.protocol.result.RoomResult;
import chat.protocol.result.RoomsResult;
import chat.protocol.result.SyncResult;
import chat.server.auth.AuthenticatedUser;
import chat.server.chat.DeviceMessageService;
import chat.server.chat.MessageChangeService;
import chat.server.chat.MessageService;
import chat.server.chat.ModerationService;
import chat.server.chat.PresenceService;
import chat.server.chat.ReadReceiptService;
import chat.server.chat.RoomService;
import chat.server.chat.SearchService;
import chat.server.chat.TypingService;
import chat.server.error.ChatException;
import chat.server.store.MessagePage;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * Turns an authenticated request into a service call and its {@code result}. The switch has no
 * default: a new frame type does not compile until it is handled here.
 */
public final class RequestDispatcher {

  /** The services a socket request can reach. */
  public record Services(
      RoomService rooms,
      MessageService messages,
      MessageChangeService changes,
      PresenceService presence,
      TypingService typing,
      ReadReceiptService receipts,
      SearchService search,
      ModerationService moderation,
      DeviceMessageService devices) {}

  private final Services services;

  public RequestDispatcher(Services services) {
    this.services = services;
  }

  /**
   * @param arrivedAt when the frame reached the server (epoch ms)
   * @return the ack's result
   * @throws ChatException when the request is refused
   */
  Object dispatch(AuthenticatedUser user, ClientFrame frame, long arrivedAt) {
    return switch (frame) {
      case Ping _ -> EmptyResult.INSTANCE;
      case Auth _ ->
          throw ChatException.invalidInput("type", "this socket is already authenticated");
      case RoomCreate c ->
          new RoomResult(
              services
                  .rooms()
                  .create(user, c.name(), c.visibility(), c.memberIds(), c.asksEncryption()));
      case RoomJoin j -> new RoomResult(services.rooms().join(user, j.roomId()));
      case RoomLeave l -> {
        services.rooms().leave(user, l.roomId());
        yield EmptyResult.INSTANCE;
      }
      case RoomInvite i -> {
        services.rooms().invite(user, i.roomId(), i.userId());
        yield EmptyResult.INSTANCE;
      }
      case RoomList _ -> new RoomsResult(services.rooms().list(user));
      case RoomDirectory d -> new RoomsResult(services.rooms().directory(d.query()));
      case RoomMembers m -> new MembersResult(services.rooms().members(user, m.roomId()));
      case DmOpen d ->
          new RoomResult(services.rooms().openDirect(user, d.userId(), d.asksEncryption()));
      case MessageSend s ->
          new MessageResult(
              services
                  .messages()
                  .send(
                      user,
                      s.roomId(),
                      s.content(),
                      s.clientMsgId(),
                      s.threadId(),
                      s.alsoInRoom(),
                      s.attachmentIds(),
                      s.encrypted(),
                      arrivedAt));
      case MessageHistory h -> {
        long changeSeq = services.changes().changeSeq(user, h.roomId());
        MessagePage page =
            services
                .messages()
                .history(user, h.roomId(), h.before(), h.after(), h.limitOrDefault());
        yield new MessagesResult(page.messages(), page.hasMore(), changeSeq);
      }
      case MessageSearch s ->
          services.search().search(user, s.query(), s.roomId(), s.before(), s.limitOrDefault());
      case Typing t -> {
        services.typing().typing(user, t.roomId(), t.active());
        yield EmptyResult.INSTANCE;
      }
      case Read r -> {
        services.receipts().read(user, r.roomId(), r.messageId());
        yield EmptyResult.INSTANCE;
      }
      case ReadCursors c -> new ReadCursorsResult(services.receipts().cursors(user, c.roomId()));
      case PresenceQuery p ->
          new PresenceResult(services.presence().query(user.userId(), p.userIds()));
      case ThreadHistory t -> {
        MessagePage page =
            services
                .messages()
                .threadHistory(user, t.roomId(), t.threadId(), t.before(), t.limitOrDefault());
        yield new MessagesResult(page.messages(), page.hasMore());
      }
      case Sync s -> new SyncResult(services.messages().sync(user, s.cursors(), s.changes()));
      case MessageEdit e ->
          new MessageResult(
              services
                  .changes()
                  .edit(user, e.roomId(), e.messageId(), e.content(), e.encrypted(), arrivedAt));
      case MessageDelete d -> {
        services.changes().delete(user, d.roomId(), d.messageId());
        yield EmptyResult.INSTANCE;
      }
      case ReactionAdd r -> {
        services.changes().react(user, r.roomId(), r.messageId(), r.emoji(), true, arrivedAt);
        yield EmptyResult.INSTANCE;
      }
      case ReactionRemove r -> {
        services.changes().react(user, r.roomId(), r.messageId(), r.emoji(), false, arrivedAt);
        yield EmptyResult.INSTANCE;
      }
      case MessagePin p -> {
        services.changes().pin(user, p.roomId(), p.messageId(), true, arrivedAt);
        yield EmptyResult.INSTANCE;
      }
      case MessageUnpin u -> {
        services.changes().pin(user, u.roomId(), u.messageId(), false, arrivedAt);
        yield EmptyResult.INSTANCE;
      }
      case RoomPins p -> new PinsResult(services.changes().pins(user, p.roomId()));
      case RoomModeration m -> services.moderation().state(user, m.roomId());
      case RoomRoleSet r ->
          done(() -> services.moderation().setRole(user, r.roomId(), r.userId(), r.role()));
      case RoomTransfer t ->
          done(() -> services.moderation().transfer(user, t.roomId(), t.userId()));
      case RoomKick k -> done(() -> services.moderation().kick(user, k.roomId(), k.userId()));
      case RoomBan b ->
          done(() -> services.moderation().ban(user, b.roomId(), b.userId(), b.durationSeconds()));
      case RoomUnban u -> done(() -> services.moderation().unban(user, u.roomId(), u.userId()));
      case RoomMute m ->
          done(() -> services.moderation().mute(user, m.roomId(), m.userId(), m.durationSeconds()));
      case RoomUnmute u -> done(() -> services.moderation().unmute(user, u.roomId(), u.userId()));
      case RoomSlowMode s ->
          done(() -> services.moderation().setSlowMode(user, s.roomId(), s.seconds()));
      case DeviceSend d -> services.devices().send(user, d.messages());
      case DeviceInbox i ->
          new DeviceInboxResult(services.devices().inbox(user, i.after(), DeviceInbox.PAGE));
      case DeviceAck a -> done(() -> services.devices().acknowledge(user, a.upTo()));
    };
  }

  /** Runs a request whose answer is an empty result. */
  private static EmptyResult done(Runnable request) {
    request.run();
    return EmptyResult.INSTANCE;
  }

  /** The frame's {@code type} on the wire, such as {@code message.send}. */
  static String typeOf(ClientFrame frame) {
    return frame.getClass().getAnnotation(JsonTypeName.class).value();
  }
}
