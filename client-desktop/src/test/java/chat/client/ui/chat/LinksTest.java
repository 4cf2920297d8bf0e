package chat.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.ui.chat.Links.Segment;
import org.junit.jupiter.api.Test;

class LinksTest {

  @Test
  void linksAreCutOutOfTheTextWithoutTheSentencesPunctuation() {
    assertThat(Links.split("see https://example.org/a?b=1, and http://x.io."))
        .containsExactly(
            new Segment("see ", false),
            new Segment("https://example.org/a?b=1", true),
            new Segment(", and ", false),
            new Segment("http://x.io", true),
            new Segment(".", false));
  }

  @Test
  void textWithoutLinksIsOnePlainSegment() {
    assertThat(Links.split("no links here: example.org"))
        .containsExactly(new Segment("no links here: example.org", false));
  }
}
