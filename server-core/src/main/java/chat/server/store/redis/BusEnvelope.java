package chat.server.store.redis;

import chat.protocol.ProtocolJson;
import chat.protocol.server.ServerFrame;
import chat.server.store.BusEvent;
import java.util.Set;

/**
 * A {@link BusEvent} as it travels on the channel: a small JSON object naming its kind, with the
 * frame inside encoded exactly as {@link ProtocolJson} encodes it for a socket (its {@code type}
 * included), so a receiving node decodes the same frame types a client would. Fields a kind does
 * not use are null and left out of the JSON.
 */
record BusEnvelope(Kind kind, Set<String> userIds, ServerFrame frame, String sessionId) {

  enum Kind {
    DELIVERY,
    SESSION_REVOKED
  }

  static String encode(BusEvent event) {
    BusEnvelope envelope =
        switch (event) {
          case BusEvent.Delivery delivery ->
              new BusEnvelope(Kind.DELIVERY, delivery.userIds(), delivery.frame(), null);
          case BusEvent.SessionRevoked revoked ->
              new BusEnvelope(Kind.SESSION_REVOKED, null, null, revoked.sessionId());
        };
    return ProtocolJson.encode(envelope);
  }

  /**
   * @throws chat.protocol.ProtocolException when the JSON is not an envelope this node knows
   */
  static BusEvent decode(String json) {
    BusEnvelope envelope = ProtocolJson.decode(json, BusEnvelope.class);
    return switch (envelope.kind()) {
      case DELIVERY -> new BusEvent.Delivery(envelope.userIds(), envelope.frame());
      case SESSION_REVOKED -> new BusEvent.SessionRevoked(envelope.sessionId());
    };
  }
}
