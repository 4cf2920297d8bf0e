package chat.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.client.ClientFrame;
import chat.protocol.server.Ack;
import chat.protocol.server.ServerFrame;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {

  @ParameterizedTest
  @MethodSource("chat.protocol.Samples#clientFrames")
  void clientFrameDecodesToAnEqualRecord(ClientFrame frame) {
    assertThat(ProtocolJson.decodeClientFrame(ProtocolJson.encode(frame))).isEqualTo(frame);
  }

  @ParameterizedTest
  @MethodSource("chat.protocol.Samples#serverFrames")
  void serverFrameDecodesToTheSameJson(ServerFrame frame) {
    String json = ProtocolJson.encode(frame);
    ServerFrame decoded = ProtocolJson.decodeServerFrame(json);

    assertThat(tree(ProtocolJson.encode(decoded))).isEqualTo(tree(json));
    if (!(frame instanceof Ack)) {
      assertThat(decoded).isEqualTo(frame);
    }
  }

  @ParameterizedTest
  @MethodSource("chat.protocol.Samples#bodies")
  void bodyDecodesToAnEqualRecord(Object body) {
    assertThat(ProtocolJson.decode(ProtocolJson.encodeBytes(body), body.getClass()))
        .isEqualTo(body);
  }

  @ParameterizedTest
  @MethodSource("everySample")
  void encodingWritesTheRecordComponentsAndNothingElse(Record sample) {
    List<String> allowed = new ArrayList<>(List.of("type"));
    Arrays.stream(sample.getClass().getRecordComponents())
        .map(RecordComponent::getName)
        .forEach(allowed::add);

    assertThat(tree(ProtocolJson.encode(sample)).propertyStream().map(e -> e.getKey()))
        .isSubsetOf(allowed);
  }

  @Test
  void samplesCoverEveryFrameType() {
    assertThat(Samples.clientFrames().stream().map(Object::getClass).distinct())
        .containsExactlyInAnyOrder(ClientFrame.class.getPermittedSubclasses());
    assertThat(Samples.serverFrames().stream().map(Object::getClass).distinct())
        .containsExactlyInAnyOrder(ServerFrame.class.getPermittedSubclasses());
  }

  static Stream<Object> everySample() {
    return Stream.of(Samples.clientFrames(), Samples.serverFrames(), Samples.bodies())
        .flatMap(List::stream);
  }

  private static JsonNode tree(String json) {
    try {
      return ProtocolJson.mapper().readTree(json);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
