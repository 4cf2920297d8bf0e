package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.protocol.client.MessageSend;
import chat.protocol.client.RoomCreate;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.MessageResult;
import chat.protocol.result.RoomResult;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Messages read as Markdown: styled text, code blocks with Copy, links that ask first. */
class MarkdownTest {

  private static final String RICH =
      "**Ship it** today\n\n```\nmvn verify\n```\n\nSee [the plan](https://example.com/plan)";

  @RegisterExtension final AppAndServer both = AppAndServer.aliceWithBob();

  @Test
  void aMessageWithBoldACodeBlockAndALinkRendersThem() {
    String message = shown(RICH);

    assertThat(textOf(message, ".md-bold")).containsExactly("Ship it");
    assertThat(node(message, ".md-code-block")).isNotNull();
    assertThat(textOf(message, ".md-code-text")).containsExactly("mvn verify");
    assertThat(textOf(message, ".link-text")).containsExactly("the plan");
    assertThat(String.join("", textOf(message, ".content-text"))).doesNotContain("**", "```");
    assertThat(accessibleText(message))
        .as("read out as it reads, not as its markup")
        .endsWith(": Ship it today\nmvn verify\nSee the plan");
  }

  @Test
  void theCodeBlocksCopyButtonCopiesItsCode() {
    String message = shown(RICH);

    both.app().robot().clickOn(node(message, ".md-copy"));

    assertThat(clipboard()).isEqualTo("mvn verify");
  }

  @Test
  void selectingAllOfAMessageCopiesEveryBlockAsItsText() {
    String message = shown(RICH);

    both.app().robot().clickOn(node(message, ".message-text"));
    both.app()
        .robot()
        .press(KeyCode.CONTROL)
        .type(KeyCode.A)
        .type(KeyCode.C)
        .release(KeyCode.CONTROL);

    assertThat(clipboard()).isEqualTo("Ship it today\nmvn verify\nSee the plan");
  }

  @Test
  void aLinkAsksBeforeOpeningAndShowsItsTarget() {
    String message = shown(RICH);

    both.app().robot().clickOn(node(message, ".link-text"));

    AppDriver.waitFor("the question", () -> both.app().exists("#link-target"));
    assertThat(both.app().text("#link-target")).isEqualTo("https://example.com/plan");
    assertThat(both.app().exists("#link-open")).isTrue();
    both.app().click("#link-cancel");
    AppDriver.waitFor("the question gone", () -> !both.app().exists("#link-target"));
  }

  @Test
  void aJavascriptLinkIsNotALink() {
    String content = "Do not [click me](javascript:alert(1)) or [this](file:///etc/passwd)";
    String message = shown(content);

    assertThat(textOf(message, ".link-text")).isEmpty();
    assertThat(String.join("", textOf(message, ".content-text")))
        .isEqualTo("Do not click me or this");

    both.app().robot().clickOn(node(message, ".message-text"));
    assertThat(both.app().exists("#link-target")).as("nothing asks to open it").isFalse();
  }

  @Test
  void aMentionOfTheReaderIsMarkedMoreThanOneOfSomeoneElse() {
    String message = shown("@alice and @bob, have a look");

    assertThat(textOf(message, ".mention-self")).containsExactly("@alice");
    assertThat(textOf(message, ".mention")).containsExactly("@bob");
  }

  /**
   * Has bob send {@code content} to a room the app has open; returns it once shown. Its nodes are
   * read on the FX thread ({@link #textOf}, {@link #node}): the list may lay it out anew meanwhile.
   */
  private String shown(String content) {
    Room room =
        both.bob()
            .request(
                id -> new RoomCreate(id, "notes", RoomVisibility.PUBLIC, null), RoomResult.class)
            .room();
    both.app().join("notes");
    both.bob()
        .request(
            id -> new MessageSend(id, room.roomId(), content, "b-" + System.nanoTime()),
            MessageResult.class);
    AppDriver.waitFor("the message", () -> both.app().messages().onScreenInMessages(content));
    return content;
  }

  private List<String> textOf(String content, String query) {
    AtomicReference<List<String>> texts = new AtomicReference<>();
    both.app()
        .robot()
        .interact(
            () ->
                texts.set(
                    both.app().messages().cellShowing(content).lookupAll(query).stream()
                        .filter(Text.class::isInstance)
                        .map(node -> ((Text) node).getText())
                        .toList()));
    return texts.get();
  }

  private String accessibleText(String content) {
    AtomicReference<String> text = new AtomicReference<>();
    both.app()
        .robot()
        .interact(() -> text.set(both.app().messages().cellShowing(content).getAccessibleText()));
    return text.get();
  }

  private Node node(String content, String query) {
    AtomicReference<Node> node = new AtomicReference<>();
    both.app()
        .robot()
        .interact(() -> node.set(both.app().messages().cellShowing(content).lookup(query)));
    return node.get();
  }

  private String clipboard() {
    AtomicReference<String> copied = new AtomicReference<>();
    both.app().robot().interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
    return copied.get();
  }
}
