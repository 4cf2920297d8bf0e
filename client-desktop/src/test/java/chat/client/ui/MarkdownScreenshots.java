package chat.client.ui;

import chat.client.support.AppDriver;
import chat.client.support.Peer;
import chat.client.support.ScreenshotStage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes {@code markdown.png}: a conversation in the light theme whose messages use Markdown (bold,
 * italic, strikethrough, inline code, a code block with its Copy button, a quote, a list, a link)
 * and mention the reader. Not part of the normal build: {@code .ci/chat screenshots} runs it with
 * {@code -Dscreenshots=true}. The file goes to {@code screenshots.dir}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class MarkdownScreenshots {

  @TempDir Path dir;

  @Test
  void aConversationInMarkdown() {
    try (ScreenshotStage stage = ScreenshotStage.start(dir, "bob", "carol")) {
      Peer bob = stage.peer("bob");
      Peer carol = stage.peer("carol");
      String general = stage.general();
      bob.say(general, "**Release 1.0** is *almost* ready, ~~Thursday~~ Friday it is.");
      bob.say(
          general,
          "@alice could you run the smoke test? It needs `REDIS_URL` set:\n\n"
              + "```bash\nREDIS_URL=redis://localhost:6379 mvn -pl server-core verify"
              + " -Dtest='*ProtocolTest'\n```");
      carol.say(general, "> The nightly build went green again.\n\nFinally! Left to do:");
      carol.say(
          general,
          "1. Tag the release\n2. Publish the installers\n   - `.deb` and `.rpm`\n   - app image\n"
              + "3. Update the [release notes](https://wiki.acme.example/release-1.0)");

      AppDriver app = stage.appSignedIn(1);
      app.openRoom("general");
      AppDriver.waitFor(
          "the messages",
          () -> app.list("#messages").getItems().toString().contains("release notes"));
      app.chooseTheme("#theme-light");
      app.snapshot("markdown.png");
    }
  }
}
