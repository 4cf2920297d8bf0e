package chat.server.store.redis;

import chat.protocol.ProtocolJson;
import chat.protocol.server.MessageNew;
import chat.protocol.server.ServerFrame;
import chat.server.store.BusEvent;
import java.util.Set;

/**
 * A {@link BusEvent} as it travels on the channel: a small JSON object naming its kind, with the
 * frame inside encoded exactly as {@link ProtocolJson} encodes it for a socket (its {@code type}
 * included), so a receiving node decodes the same frame types a client would. Fields a kind does
 * not use are null and left out of the JSON.
 *
 * <p>A {@link BusEvent.RoomMessage} travels as a {@link Kind#DELIVERY} with its {@code seq}: a node
 * that does not know {@code seq} yet (an older node, during a rolling upgrade) ignores the field
 * and still delivers the message, only without putting it back in order.
 */
record BusEnvelope(Kind kind, Set<String> userIds, ServerFrame frame, Long seq, String sessionId) {

  enum Kind {
    DELIVERY,
    SESSION_DELIVERY,
    SESSION_REVOKED
  }

  static String encode(BusEvent event) {
    BusEnvelope envelope =
        switch (event) {
          case BusEvent.Delivery delivery ->
              new BusEnvelope(Kind.DELIVERY, delivery.userIds(), delivery.frame(), null, null);
          case BusEvent.RoomMessage message ->
              new BusEnvelope(
                  Kind.DELIVERY, message.userIds(), message.frame(), message.seq(), null);
          case BusEvent.SessionDelivery delivery ->
              new BusEnvelope(
                  Kind.SESSION_DELIVERY, null, delivery.frame(), null, delivery.sessionId());
          case BusEvent.SessionRevoked revoked ->
              new BusEnvelope(Kind.SESSION_REVOKED, null, null, null, revoked.sessionId());
        };
    return ProtocolJson.encode(envelope);
  }

  /**
   * @throws chat.protocol.ProtocolException when the JSON is not an envelope this node knows
   */
  static BusEvent decode(String json) {
    BusEnvelope envelope = ProtocolJson.decode(json, BusEnvelope.class);
    return switch (envelope.kind()) {
      case DELIVERY ->
          envelope.seq() != null && envelope.frame() instanceof MessageNew message
              ? new BusEvent.RoomMessage(envelope.userIds(), message, envelope.seq())
              : new BusEvent.Delivery(envelope.userIds(), envelope.frame());
      case SESSION_DELIVERY -> new BusEvent.SessionDelivery(envelope.sessionId(), envelope.frame());
      case SESSION_REVOKED -> new BusEvent.SessionRevoked(envelope.sessionId());
    };
  }
}
