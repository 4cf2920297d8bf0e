package chat.server.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.enums.Opcode;
import org.java_websocket.framing.Framedata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextFrameTest {

  /** Each length field's limits: 7 bits, 16 bits, 64 bits. */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 125, 126, 65_535, 65_536, 300_000})
  void javaWebSocketsDecoderReadsBackTheSameFinalTextFrame(int length) throws Exception {
    String text = "é".repeat(length / 2) + "x".repeat(length % 2);

    List<Framedata> frames =
        new Draft_6455().translateFrame(TextFrame.of(text.getBytes(StandardCharsets.UTF_8)));

    assertThat(frames).hasSize(1);
    Framedata frame = frames.getFirst();
    assertThat(frame.getOpcode()).isEqualTo(Opcode.TEXT);
    assertThat(frame.isFin()).isTrue();
    assertThat(StandardCharsets.UTF_8.decode(frame.getPayloadData()).toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 125, 126, 65_536})
  void aServersFrameIsUnmaskedAndHoldsNothingButHeaderAndPayload(int length) {
    ByteBuffer frame = TextFrame.of(new byte[length]);

    assertThat(frame.get(1) & 0x80).as("mask bit").isZero();
    int header = length <= 125 ? 2 : length <= 0xFFFF ? 4 : 10;
    assertThat(frame.remaining()).isEqualTo(header + length);
  }
}
