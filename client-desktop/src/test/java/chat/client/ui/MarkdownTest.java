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
import javafx.scene.control.ListCell;
import javafx.scene.input.Clipboard;
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
    ListCell<?> cell = shown(RICH);

    assertThat(textOf(cell, ".md-bold")).containsExactly("Ship it");
    assertThat(cell.lookup(".md-code-block")).isNotNull();
    assertThat(textOf(cell, ".md-code-text")).containsExactly("mvn verify");
    assertThat(textOf(cell, ".link-text")).containsExactly("the plan");
    assertThat(String.join("", textOf(cell, ".content-text"))).doesNotContain("**", "```");
  }

  @Test
  void theCodeBlocksCopyButtonCopiesItsCode() {
    ListCell<?> cell = shown(RICH);

    both.app().robot().clickOn(cell.lookup(".md-copy"));

    assertThat(clipboard()).isEqualTo("mvn verify");
  }

  @Test
  void aLinkAsksBeforeOpeningAndShowsItsTarget() {
    ListCell<?> cell = shown(RICH);

    both.app().robot().clickOn(cell.lookup(".link-text"));

    AppDriver.waitFor("the question", () -> both.app().exists("#link-target"));
    assertThat(both.app().text("#link-target")).isEqualTo("https://example.com/plan");
    assertThat(both.app().exists("#link-open")).isTrue();
    both.app().click("#link-cancel");
    AppDriver.waitFor("the question gone", () -> !both.app().exists("#link-target"));
  }

  @Test
  void aJavascriptLinkIsNotALink() {
    String content = "Do not [click me](javascript:alert(1)) or [this](file:///etc/passwd)";
    ListCell<?> cell = shown(content);

    assertThat(cell.lookupAll(".link-text")).isEmpty();
    assertThat(String.join("", textOf(cell, ".content-text"))).isEqualTo("Do not click me or this");

    both.app().robot().clickOn(cell.lookup(".message-text"));
    assertThat(both.app().exists("#link-target")).as("nothing asks to open it").isFalse();
  }

  @Test
  void aMentionOfTheReaderIsMarkedMoreThanOneOfSomeoneElse() {
    ListCell<?> cell = shown("@alice and @bob, have a look");

    assertThat(textOf(cell, ".mention-self")).containsExactly("@alice");
    assertThat(textOf(cell, ".mention")).containsExactly("@bob");
  }

  /** The cell of a message bob sends to a room the app has open, once shown. */
  private ListCell<?> shown(String content) {
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
    AppDriver.waitFor("the message", () -> both.app().onScreenInMessages(content));
    return both.app().cellShowing(content);
  }

  private static List<String> textOf(ListCell<?> cell, String query) {
    return cell.lookupAll(query).stream()
        .filter(Text.class::isInstance)
        .map(node -> ((Text) node).getText())
        .toList();
  }

  private String clipboard() {
    AtomicReference<String> copied = new AtomicReference<>();
    both.app().robot().interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
    return copied.get();
  }
}
