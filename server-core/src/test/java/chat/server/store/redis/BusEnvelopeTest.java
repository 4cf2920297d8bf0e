package chat.server.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.ProtocolJson;
import chat.protocol.model.Message;
import chat.protocol.server.MessageNew;
import chat.server.store.BusEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusEnvelopeTest {

  private static final MessageNew NEW_MESSAGE =
      new MessageNew(Message.text("m1", "r1", "u1", "alice", "hi", 1, "c1"));

  @Test
  void aRoomMessageTravelsWithItsSeq() {
    BusEvent message = new BusEvent.RoomMessage(Set.of("u1", "u2"), NEW_MESSAGE, 42);

    assertThat(BusEnvelope.decode(BusEnvelope.encode(message))).isEqualTo(message);
  }

  @Test
  void aRoomMessageIsADeliveryToANodeThatIgnoresItsSeq() {
    JsonNode envelope =
        ProtocolJson.decode(
            BusEnvelope.encode(new BusEvent.RoomMessage(Set.of("u1"), NEW_MESSAGE, 42)),
            JsonNode.class);

    assertThat(envelope.path("kind").asText()).isEqualTo("DELIVERY");
    assertThat(envelope.path("seq").asLong()).isEqualTo(42);
  }

  @Test
  void aDeliveryWithoutSeqStaysAPlainDelivery() {
    BusEvent delivery = new BusEvent.Delivery(Set.of("u1"), NEW_MESSAGE);

    assertThat(BusEnvelope.decode(BusEnvelope.encode(delivery))).isEqualTo(delivery);
  }
}
