package chat.client.net;

import chat.client.net.ClientEvent.DeviceMessageArrived;
import chat.client.net.ClientEvent.MemberChanged;
import chat.client.net.ClientEvent.MessageArrived;
import chat.client.net.ClientEvent.MessageEdited;
import chat.client.net.ClientEvent.MessageRemoved;
import chat.client.net.ClientEvent.PinsChanged;
import chat.client.net.ClientEvent.PresenceChanged;
import chat.client.net.ClientEvent.ReactionsChanged;
import chat.client.net.ClientEvent.ReadUpTo;
import chat.client.net.ClientEvent.RoomChanged;
import chat.client.net.ClientEvent.SlowModeChanged;
import chat.client.net.ClientEvent.TypingChanged;
import chat.client.net.ClientEvent.UserChanged;
import chat.protocol.model.DeviceMessage;
import chat.protocol.server.Ack;
import chat.protocol.server.DeviceMessageNew;
import chat.protocol.server.ErrorFrame;
import chat.protocol.server.MemberUpdated;
import chat.protocol.server.MessageDeleted;
import chat.protocol.server.MessageNew;
import chat.protocol.server.MessageUpdated;
import chat.protocol.server.PinsUpdated;
import chat.protocol.server.PresenceEvent;
import chat.protocol.server.ReactionUpdated;
import chat.protocol.server.ReadEvent;
import chat.protocol.server.RoomUpdated;
import chat.protocol.server.ServerFrame;
import chat.protocol.server.SlowModeUpdated;
import chat.protocol.server.TypingEvent;
import chat.protocol.server.UserUpdated;
import java.util.Optional;

/**
 * Turns each server frame into the event the UI gets. The switch has no {@code default}: a frame
 * type added to the protocol does not compile here until the client decides what it means, even
 * when that is an event the UI ignores for now.
 */
final class ServerEvents {

  private ServerEvents() {}

  /** The UI's event for {@code frame}; empty for answers, which go to their request instead. */
  static Optional<ClientEvent> of(ServerFrame frame) {
    return Optional.ofNullable(
        switch (frame) {
          case Ack _, ErrorFrame _ -> null;
          case MessageNew m -> new MessageArrived(m.message());
          case MessageUpdated m -> new MessageEdited(m.message());
          case MessageDeleted d -> new MessageRemoved(d.roomId(), d.messageId());
          case ReactionUpdated r -> new ReactionsChanged(r.roomId(), r.messageId(), r.reactions());
          case PinsUpdated p -> new PinsChanged(p.roomId(), p.pins());
          case TypingEvent t -> new TypingChanged(t.roomId(), t.userId(), t.active());
          case ReadEvent r -> new ReadUpTo(r.roomId(), r.userId(), r.messageId());
          case PresenceEvent p -> new PresenceChanged(p.userId(), p.status(), p.lastSeen());
          case RoomUpdated r -> new RoomChanged(r.room());
          case UserUpdated u -> new UserChanged(u.user());
          case chat.protocol.server.KeysChanged k -> new ClientEvent.KeysChanged(k.userId());
          case DeviceMessageNew d ->
              new DeviceMessageArrived(
                  new DeviceMessage(d.id(), d.fromUserId(), d.fromDeviceId(), d.body()));
          case MemberUpdated m ->
              new MemberChanged(
                  m.roomId(), m.userId(), m.action(), m.role(), m.until(), m.byUserId());
          case SlowModeUpdated s -> new SlowModeChanged(s.roomId(), s.seconds(), s.byUserId());
        });
  }
}
