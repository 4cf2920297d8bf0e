package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.protocol.client.RoomCreate;
import chat.protocol.model.Message;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.RoomResult;
import chat.protocol.server.MessageNew;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The composer's mention suggestions in the real app, signed in as alice, in a room bob made, on a
 * real server: typed, picked with the keyboard or the mouse, and dismissed.
 */
class MentionAutocompleteTest {

  @RegisterExtension final AppAndServer both = AppAndServer.aliceWithBob();

  @BeforeEach
  void aliceInBobsRoom() {
    both.bob()
        .request(id -> new RoomCreate(id, "lobby", RoomVisibility.PUBLIC, null), RoomResult.class);
    both.app().join("lobby");
    both.app().click("#composer");
  }

  @Test
  void typingAtAndPickingAMemberWithTheKeyboardInsertsTheMention() {
    both.app().robot().write("ask @B");
    waitForSuggestions("bob");

    both.app().robot().type(KeyCode.ENTER);

    AppDriver.waitFor("the suggestions gone", () -> !suggestionsShown());
    assertThat(both.app().text("#composer")).isEqualTo("ask @bob ");

    both.app().robot().write("and @");
    waitForSuggestions("bob", "room");
    both.app().robot().type(KeyCode.DOWN);
    assertThat(selected()).isEqualTo("@room");
    both.app().robot().type(KeyCode.DOWN);
    assertThat(selected()).as("around to the first").isEqualTo("@bob");
    both.app().robot().type(KeyCode.UP);
    assertThat(selected()).as("around to the last").isEqualTo("@room");
    both.app().robot().type(KeyCode.TAB);

    AppDriver.waitFor(
        "@room inserted", () -> both.app().text("#composer").equals("ask @bob and @room "));
    assertThat(both.app().robot().lookup("#composer").query().isFocused())
        .as("Tab picked, and stayed")
        .isTrue();
  }

  @Test
  void clickingASuggestionInsertsTheMention() {
    both.app().robot().write("hi @");
    waitForSuggestions("bob", "room");

    both.app().robot().clickOn("Everyone in this room");

    AppDriver.waitFor("@room inserted", () -> both.app().text("#composer").equals("hi @room "));
    assertThat(suggestionsShown()).isFalse();
    both.app().robot().write("go");
    assertThat(both.app().text("#composer")).as("the composer kept the keys").endsWith("go");
  }

  @Test
  void escClosesTheSuggestionsWithoutInserting() {
    both.app().click("#members-toggle");
    AppDriver.waitFor("the members", () -> both.app().exists("#members-pane"));
    both.app().click("#composer");
    both.app().robot().write("hey @bo");
    waitForSuggestions("bob");

    both.app().robot().type(KeyCode.ESCAPE);

    AppDriver.waitFor("the suggestions gone", () -> !suggestionsShown());
    assertThat(both.app().text("#composer")).isEqualTo("hey @bo");
    assertThat(both.app().robot().lookup("#members-pane").query().isVisible())
        .as("Esc closed only the suggestions")
        .isTrue();
    both.app().robot().write("b");
    assertThat(suggestionsShown()).as("dismissed for this @").isFalse();
    assertThat(both.app().text("#composer")).isEqualTo("hey @bob");
  }

  @Test
  void shiftTabLeavesTheComposerAndClosesTheSuggestions() {
    both.app().robot().write("@b");
    waitForSuggestions("bob");

    both.app().robot().press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);

    AppDriver.waitFor("the suggestions gone", () -> !suggestionsShown());
    assertThat(both.app().robot().lookup("#composer").query().isFocused()).isFalse();
    assertThat(both.app().text("#composer")).isEqualTo("@b");
  }

  @Test
  void enterWithSuggestionsOpenPicksAndDoesNotSend() {
    both.app().robot().write("@b");
    waitForSuggestions("bob");

    both.app().robot().type(KeyCode.ENTER);

    AppDriver.waitFor("the mention", () -> both.app().text("#composer").equals("@bob "));
    assertThat(both.app().list("#messages").getItems()).as("nothing sent").isEmpty();

    both.app().robot().write("lunch?");
    both.app().robot().type(KeyCode.ENTER);

    String received =
        both.bob().await(f -> f instanceof MessageNew m ? m.message().content() : null);
    assertThat(received).isEqualTo("@bob lunch?");
    assertThat(both.app().text("#composer")).isEmpty();
  }

  @Test
  void aMentionPickedFromAutocompleteReachesTheOtherMemberHighlighted() {
    both.app().robot().write("@b");
    waitForSuggestions("bob");
    both.app().robot().type(KeyCode.ENTER);
    both.app().robot().write("can you review?");
    both.app().robot().type(KeyCode.ENTER);

    Message received = both.bob().await(f -> f instanceof MessageNew m ? m.message() : null);
    assertThat(received.content()).isEqualTo("@bob can you review?");
    assertThat(received.mentions()).containsExactly(both.bob().userId());

    both.app().click("#logout");
    AppDriver.waitFor("the sign-in screen", () -> both.app().exists("#password"));
    both.app().signIn("bob", "password123");
    AppDriver.waitFor("bob's window", () -> both.app().exists("#rooms"));
    both.app().openRoom("lobby");

    AppDriver.waitFor(
        "the mention marked as bob's",
        () -> {
          ListCell<?> cell = both.app().messages().cellShowing("@bob can you review?");
          return cell != null && !cell.lookupAll(".mention-self").isEmpty();
        });
  }

  private void waitForSuggestions(String... handles) {
    AppDriver.waitFor(
        "suggestions " + List.of(handles),
        () -> suggestionsShown() && suggestedHandles().equals(List.of(handles)));
  }

  private boolean suggestionsShown() {
    return both.app()
        .robot()
        .lookup("#mention-suggestions")
        .tryQuery()
        .map(n -> n.getScene() != null && n.getScene().getWindow().isShowing())
        .orElse(false);
  }

  private List<String> suggestedHandles() {
    return both.app().robot().lookup("#mention-suggestions .mention-handle").queryAll().stream()
        .map(n -> ((Label) n).getText().substring(1))
        .toList();
  }

  private String selected() {
    PseudoClass chosen = PseudoClass.getPseudoClass("selected");
    return both.app().robot().lookup("#mention-suggestions .mention-suggestion").queryAll().stream()
        .filter(row -> row.getPseudoClassStates().contains(chosen))
        .map(row -> ((Label) row.lookup(".mention-handle")).getText())
        .findFirst()
        .orElse(null);
  }
}
