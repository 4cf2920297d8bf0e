package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.ui.chat.ChatLine;
import chat.protocol.client.RoomDirectory;
import chat.protocol.client.RoomJoin;
import chat.protocol.client.RoomPins;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.result.PinsResult;
import chat.protocol.result.RoomResult;
import chat.protocol.result.RoomsResult;
import chat.protocol.server.MessageDeleted;
import chat.protocol.server.MessageUpdated;
import chat.protocol.server.PinsUpdated;
import chat.protocol.server.ReactionUpdated;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Edits, deletions, reactions and pins made in the app reach the other member (bob, a second
 * client) through a real server, and show in the app as the server tells them.
 */
class MessageChangesTest {

  @RegisterExtension final AppAndServer both = AppAndServer.aliceWithBob();

  @Test
  void upEditsTheLastOwnMessageAndShowsEditedToTheOtherMember() {
    both.bobsRoomJoined("lobby");
    both.app().say("see you at 5");
    AppDriver.waitFor("sent", () -> sent("see you at 5"));

    both.app().click("#composer");
    both.app().robot().type(KeyCode.UP);

    AppDriver.waitFor("edit mode", () -> shown("#editing-banner"));
    assertThat(both.app().text("#editing-banner")).isEqualTo("Editing message · Esc to cancel");
    assertThat(both.app().text("#composer")).isEqualTo("see you at 5");
    both.app().robot().type(KeyCode.BACK_SPACE);
    both.app().robot().write("6");
    both.app().robot().type(KeyCode.ENTER);

    AppDriver.waitFor(
        "(edited) in the app",
        () ->
            onFx(
                () -> {
                  ListCell<?> cell = both.app().messages().cellShowing("see you at 6");
                  return cell != null && cell.lookup(".edited") != null;
                }));
    assertThat(both.app().text("#composer")).isEmpty();
    assertThat(shown("#editing-banner")).isFalse();
    assertThat(contents()).doesNotContain("see you at 5");
    Message seen =
        both.bob()
            .await(
                f ->
                    f instanceof MessageUpdated u && u.message().content().equals("see you at 6")
                        ? u.message()
                        : null);
    assertThat(seen.editedAt()).as("bob's app shows (edited) from this").isNotNull();
  }

  @Test
  void escapeLeavesEditModeAndBringsTheDraftBack() {
    both.bobsRoomJoined("lobby");
    both.app().say("first");
    AppDriver.waitFor("sent", () -> sent("first"));
    both.app().click("#composer");
    both.app().robot().type(KeyCode.UP);
    AppDriver.waitFor("edit mode", () -> shown("#editing-banner"));

    both.app().robot().type(KeyCode.ESCAPE);

    AppDriver.waitFor("edit mode left", () -> !shown("#editing-banner"));
    assertThat(both.app().text("#composer")).isEmpty();
    assertThat(contents()).containsExactly("first");
  }

  @Test
  void deleteAsksOnceAndLeavesATombstoneForBoth() {
    both.bobsRoomJoined("lobby");
    both.app().say("a typo");
    AppDriver.waitFor("sent", () -> sent("a typo"));

    both.app().messages().openMenuOn("a typo");
    both.app().click("#message-delete");
    AppDriver.waitFor("the question", () -> both.app().exists("#delete-question"));
    assertThat(both.app().robot().lookup("Delete this message?").tryQuery()).isPresent();
    both.app().click("#cancel-delete");
    AppDriver.waitFor("no question", () -> !both.app().exists("#delete-question"));
    assertThat(contents()).containsExactly("a typo");

    selectRow("a typo");
    both.app().robot().type(KeyCode.DELETE);
    AppDriver.waitFor("the question again", () -> both.app().exists("#delete-question"));
    both.app().click("#confirm-delete");

    AppDriver.waitFor(
        "a tombstone in its place",
        () -> rows().size() == 1 && rows().getFirst().deleted() && tombstoneShown());
    assertThat(both.app().exists("#delete-question")).as("asked once").isFalse();
    String deletedId = rows().getFirst().key();
    both.bob()
        .await(f -> f instanceof MessageDeleted d && d.messageId().equals(deletedId) ? d : null);
  }

  @Test
  void aReactionPickedFromThePickerShowsAChipAndClickingItAgainRemovesIt() {
    Room lobby = both.bobsRoomJoined("lobby");
    both.bob().say(lobby.roomId(), "lunch?");
    AppDriver.waitFor("bob's message", () -> cell("lunch?") != null);

    both.app().messages().openMenuOn("lunch?");
    both.app().click("#message-react");
    AppDriver.waitFor("the picker", () -> both.app().exists("#emoji-grid .emoji-choice"));
    Button choice = both.app().robot().lookup("#emoji-grid .emoji-choice").queryButton();
    String emoji = (String) choice.getUserData();
    both.app().robot().clickOn(choice);

    AppDriver.waitFor("our chip", () -> onFx(() -> chip("lunch?") != null));
    assertThat(chipCount("lunch?")).isEqualTo("1");
    assertThat(onFx(() -> List.copyOf(chip("lunch?").getStyleClass()))).contains("mine");
    both.bob()
        .await(
            f ->
                f instanceof ReactionUpdated r
                        && r.reactions().getOrDefault(emoji, List.of()).size() == 1
                    ? r
                    : null);

    both.app().robot().clickOn(onFx(() -> chip("lunch?")));

    AppDriver.waitFor(
        "no chip",
        () ->
            onFx(
                () ->
                    both.app().messages().cellShowing("lunch?") != null && chip("lunch?") == null));
    both.bob()
        .await(f -> f instanceof ReactionUpdated r && !r.reactions().containsKey(emoji) ? r : null);
    both.app().messages().openMenuOn("lunch?");
    both.app().click("#message-react");
    AppDriver.waitFor("the picker", () -> both.app().exists("#emoji-recent .emoji-choice"));
    assertThat(both.app().robot().lookup("#emoji-recent .emoji-choice").queryButton().getUserData())
        .as("first among the recent ones")
        .isEqualTo(emoji);
  }

  @Test
  void pinningShowsThePinnedBarForBothMembers() {
    Room plans = ownRoomBobJoined("plans");
    both.bob().say(plans.roomId(), "the agenda is in the wiki");
    AppDriver.waitFor("bob's message", () -> cell("the agenda is in the wiki") != null);
    assertThat(shown("#pinned-bar")).as("nothing pinned yet").isFalse();

    both.app().messages().openMenuOn("the agenda is in the wiki");
    both.app().click("#message-pin");

    AppDriver.waitFor("the pinned bar", () -> shown("#pinned-bar"));
    assertThat(both.app().text("#pinned-text")).isEqualTo("bob: the agenda is in the wiki");
    both.bob().await(f -> f instanceof PinsUpdated p && p.pins().size() == 1 ? p : null);
    assertThat(both.bob().request(id -> new RoomPins(id, plans.roomId()), PinsResult.class).pins())
        .extracting(Message::content)
        .containsExactly("the agenda is in the wiki");
  }

  @Test
  void clickingThePinnedBarScrollsToThePinnedMessageAndMarksIt() {
    Room plans = ownRoomBobJoined("plans");
    both.bob().say(plans.roomId(), "the agenda is in the wiki");
    both.app().messages().openMenuOn("the agenda is in the wiki");
    both.app().click("#message-pin");
    AppDriver.waitFor("the pinned bar", () -> shown("#pinned-bar"));
    for (int i = 1; i <= 60; i++) {
      both.bob().say(plans.roomId(), "filler " + i);
    }
    AppDriver.waitFor("the newest", () -> both.app().messages().onScreenInMessages("filler 60"));
    assertThat(both.app().messages().onScreenInMessages("the agenda is in the wiki")).isFalse();

    both.app().click("#pinned-bar");

    // One wait for both: the mark lasts 2.5 s, which a slow scroll could outlast.
    PseudoClass jumped = PseudoClass.getPseudoClass("jumped");
    AppDriver.waitFor(
        "the pinned message on screen, marked for a moment",
        () ->
            both.app().messages().onScreenInMessages("the agenda is in the wiki")
                && onFx(
                    () -> {
                      ListCell<?> cell =
                          both.app().messages().cellShowing("the agenda is in the wiki");
                      return cell != null && cell.getPseudoClassStates().contains(jumped);
                    }));
  }

  /** A room the app creates (so alice owns it and may pin), which bob joins. */
  private Room ownRoomBobJoined(String name) {
    both.app().click("#new-room");
    both.app().fill("#room-name", name);
    both.app().click("#create-room");
    AppDriver.waitFor("the room", () -> both.app().text("#room-title").equals(name));
    Room room =
        both.bob().request(id -> new RoomDirectory(id, name), RoomsResult.class).rooms().getFirst();
    both.bob().request(id -> new RoomJoin(id, room.roomId()), RoomResult.class);
    return room;
  }

  private boolean sent(String content) {
    return rows().stream().anyMatch(row -> row.content().equals(content));
  }

  private List<ChatLine> rows() {
    return both.app().<ChatLine>list("#messages").getItems().stream()
        .filter(line -> line.kind() == ChatLine.Kind.MESSAGE)
        .toList();
  }

  private List<String> contents() {
    return rows().stream().map(ChatLine::content).toList();
  }

  /** The cell showing {@code content}, or null: read on the FX thread, as every read here. */
  private ListCell<?> cell(String content) {
    return onFx(() -> both.app().messages().cellShowing(content));
  }

  /** The reaction chip of the row showing {@code content}; only on the FX thread. */
  private Node chip(String content) {
    ListCell<?> cell = both.app().messages().cellShowing(content);
    return cell == null
        ? null
        : cell.lookupAll(".reaction-chip").stream()
            .filter(chip -> !chip.getStyleClass().contains("add-reaction"))
            .findFirst()
            .orElse(null);
  }

  private String chipCount(String content) {
    return onFx(() -> ((Labeled) chip(content).lookup(".label")).getText());
  }

  private boolean tombstoneShown() {
    return both.app().robot().lookup("#messages .deleted-text").tryQuery().isPresent();
  }

  private void selectRow(String content) {
    both.app()
        .robot()
        .interact(
            () -> {
              ListView<ChatLine> list = both.app().list("#messages");
              list.getItems().stream()
                  .filter(line -> line.content().equals(content))
                  .findFirst()
                  .ifPresent(line -> list.getSelectionModel().select(line));
              list.requestFocus();
            });
  }

  private boolean shown(String query) {
    return both.app().robot().lookup(query).tryQuery().map(Node::isVisible).orElse(false);
  }

  /** Reads the scene graph on the FX thread, where it may be read. */
  private static <T> T onFx(Callable<T> read) {
    try {
      return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new AssertionError("reading the scene on the FX thread failed", e);
    }
  }
}
