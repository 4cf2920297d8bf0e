package chat.server.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameSizeTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "ascii", "é", "€uro", "😀 emoji", "中文字符", "mixed é € 😀 中"})
  void countsTheSameBytesAsEncoding(String text) {
    assertThat(FrameSize.utf8Length(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
  }
}
