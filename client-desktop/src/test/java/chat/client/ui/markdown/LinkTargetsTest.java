package chat.client.ui.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which link targets a message may open. */
class LinkTargetsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.com",
        "HTTP://Example.com/a?b=1#c",
        "http://例え.jp/パス",
        "mailto:alice@example.com"
      })
  void webPagesAndMailOpen(String target) {
    assertThat(LinkTargets.openable(target)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,<script>x()</script>",
        "vbscript:x",
        "/relative/path",
        "https://",
        "https:///etc/passwd",
        "https://example.com/a b",
        "mailto:"
      })
  void anythingElseDoesNot(String target) {
    assertThat(LinkTargets.openable(target)).isFalse();
  }

  @Test
  void noTargetDoesNotOpen() {
    assertThat(LinkTargets.openable(null)).isFalse();
  }
}
