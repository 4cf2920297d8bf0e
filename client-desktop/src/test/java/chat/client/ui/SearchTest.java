package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.ui.chat.ChatLine;
import chat.client.ui.search.SearchResult;
import chat.protocol.client.MessageSend;
import chat.protocol.client.RoomCreate;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.MessageResult;
import chat.protocol.result.RoomResult;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+F: searching the messages of one's rooms, and jumping to one found. */
class SearchTest {

  /** Results per page, as the search panel asks for them ({@code SearchViewModel.PAGE}). */
  private static final int PAGE = 20;

  private static final String TREASURE = "the treasure map is under the old oak";

  @RegisterExtension final AppAndServer both = AppAndServer.aliceWithBob();

  @Test
  void aSearchFindsAWordAndJumpsToTheMessage() {
    String lobby = lobbyWithTheTreasureBeforeItsNewestPage();

    openSearch();
    both.app().fill("#search-query", "TREASURE");
    both.app().robot().type(KeyCode.ENTER);
    AppDriver.waitFor(
        "one result", () -> both.app().list("#search-results").getItems().size() == 1);
    SearchResult found = both.app().<SearchResult>list("#search-results").getItems().getFirst();
    assertThat(found.roomName()).isEqualTo("lobby");
    assertThat(found.message().senderName()).isEqualTo("bob");
    both.app().robot().type(KeyCode.DOWN).type(KeyCode.ENTER);

    assertTheTreasureIsShownAndMarked();
  }

  @Test
  void aSearchResultClickedJumpsToTheMessage() {
    String lobby = lobbyWithTheTreasureBeforeItsNewestPage();
    say(lobby, "a treasure chest, empty");
    openSearch();
    both.app().fill("#search-query", "treasure");
    both.app().robot().type(KeyCode.ENTER);
    AppDriver.waitFor("two results", () -> results().size() == 2);
    SearchResult older =
        results().stream()
            .filter(found -> found.message().content().equals(TREASURE))
            .findFirst()
            .orElseThrow();

    both.app().click(resultCell(older));

    assertTheTreasureIsShownAndMarked();
  }

  @Test
  void scrollingTheResultsToTheEndBringsTheNextPage() {
    String lobby = both.bobsRoomJoined("lobby").roomId();
    int sent = 2 * PAGE + 5;
    for (int i = 1; i <= sent; i++) {
      say(lobby, "needle " + i);
    }
    openSearch();
    both.app().fill("#search-query", "needle");
    both.app().robot().type(KeyCode.ENTER);
    AppDriver.waitFor("the first page", () -> results().size() == PAGE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(results()).as("one page until scrolled").hasSize(PAGE);

    scrollResultsToTheEnd();
    AppDriver.waitFor("the second page", () -> results().size() == 2 * PAGE);
    scrollResultsToTheEnd();
    AppDriver.waitFor("the last page", () -> results().size() == sent);

    assertThat(results().stream().map(found -> found.message().messageId()).distinct())
        .hasSize(sent);
    assertThat(results().getLast().message().content()).isEqualTo("needle 1");
  }

  @Test
  void escClosesTheSearch() {
    openSearch();
    assertThat(overlayShown()).isTrue();

    both.app().robot().type(KeyCode.ESCAPE);

    AppDriver.waitFor("the panel closed", () -> !overlayShown());
    assertThat(both.app().exists("#search-query")).isFalse();
  }

  /**
   * Bob's room "lobby", which the app joins and opens, with {@link #TREASURE} and 60 newer
   * messages: the treasure lies beyond the page the room opens with.
   */
  private String lobbyWithTheTreasureBeforeItsNewestPage() {
    String lobby =
        both.bob()
            .request(
                id -> new RoomCreate(id, "lobby", RoomVisibility.PUBLIC, null), RoomResult.class)
            .room()
            .roomId();
    say(lobby, TREASURE);
    for (int i = 1; i <= 60; i++) {
      say(lobby, "filler " + i);
    }
    both.app().join("lobby");
    AppDriver.waitFor("the newest page", () -> rows().contains("filler 60"));
    assertThat(rows()).as("older than the first page").doesNotContain(TREASURE);
    return lobby;
  }

  /** The panel closed, and the room shows {@link #TREASURE}, marked, with its neighbours. */
  private void assertTheTreasureIsShownAndMarked() {
    AppDriver.waitFor("the panel closed", () -> !overlayShown());
    AppDriver.waitFor(
        "the message on screen", () -> both.app().messages().onScreenInMessages(TREASURE));
    assertThat(both.app().messages().cellShowing(TREASURE).getPseudoClassStates())
        .as("marked for a moment")
        .contains(PseudoClass.getPseudoClass("jumped"));
    assertThat(rows()).contains("filler 1", "filler 25").doesNotContain("filler 60");
  }

  /** The results list's cell showing {@code result}. */
  private ListCell<?> resultCell(SearchResult result) {
    return both
        .app()
        .robot()
        .lookup("#search-results .list-cell")
        .queryAllAs(ListCell.class)
        .stream()
        .filter(cell -> cell.getItem() == result)
        .findFirst()
        .orElseThrow();
  }

  private void openSearch() {
    both.app().robot().press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
    AppDriver.waitFor("the search panel", () -> both.app().exists("#search-query"));
    AppDriver.waitFor(
        "the syntax hints", () -> both.app().robot().lookup("#search-hints").query().isVisible());
  }

  private List<SearchResult> results() {
    return List.copyOf(both.app().<SearchResult>list("#search-results").getItems());
  }

  /** Brings the last result into view, as dragging the scroll bar to its end does. */
  private void scrollResultsToTheEnd() {
    ListView<SearchResult> list = both.app().list("#search-results");
    both.app().robot().interact(() -> list.scrollTo(list.getItems().size() - 1));
  }

  private boolean overlayShown() {
    return both.app().robot().lookup("#overlay").query().isVisible();
  }

  private void say(String roomId, String text) {
    both.bob()
        .request(
            id -> new MessageSend(id, roomId, text, "b-" + System.nanoTime()), MessageResult.class);
  }

  private List<String> rows() {
    return both.app().<ChatLine>list("#messages").getItems().stream()
        .map(ChatLine::content)
        .toList();
  }
}
