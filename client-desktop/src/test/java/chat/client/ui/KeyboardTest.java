package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.FocusRing;
import chat.protocol.client.MessageSend;
import chat.protocol.client.RoomCreate;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.MessageResult;
import chat.protocol.result.RoomResult;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Moving between rooms and closing panels from the keyboard, in the real app. */
class KeyboardTest {

  /** Controls of the window that a panel open over it dims: never a stop of Tab in the panel. */
  static final String[] UNDER_A_PANEL = {"new-room", "rooms", "settings", "messages", "composer"};

  @RegisterExtension final AppAndServer both = AppAndServer.aliceWithBob();

  @Test
  void altDownAndAltUpMoveBetweenRooms() {
    room("alpha");
    room("beta");
    both.app().join("alpha");
    both.app().join("beta");
    openDirectWithBob();
    both.app().openRoom("alpha");

    alt(KeyCode.DOWN);
    AppDriver.waitFor("beta", () -> title().equals("beta"));
    alt(KeyCode.DOWN);
    AppDriver.waitFor("bob, past the section title", () -> title().equals("bob"));
    alt(KeyCode.DOWN);
    assertThat(title()).as("the last room stays").isEqualTo("bob");
    alt(KeyCode.UP);
    AppDriver.waitFor("beta again", () -> title().equals("beta"));
    alt(KeyCode.UP);
    AppDriver.waitFor("alpha again", () -> title().equals("alpha"));
  }

  @Test
  void ctrlShiftAGoesToTheNextUnreadRoom() {
    Room alpha = room("alpha");
    room("beta");
    Room gamma = room("gamma");
    both.app().join("alpha");
    both.app().join("beta");
    both.app().join("gamma");
    both.app().openRoom("beta");
    say(alpha, "in alpha");
    say(gamma, "in gamma");
    AppDriver.waitFor("two unread rooms", () -> both.app().title().startsWith("(2) "));

    nextUnread();
    AppDriver.waitFor("gamma", () -> title().equals("gamma"));
    nextUnread();
    AppDriver.waitFor("alpha, wrapping around", () -> title().equals("alpha"));
    nextUnread();
    assertThat(title()).as("no unread room left").isEqualTo("alpha");
  }

  @Test
  void escapeClosesPanels() {
    room("lobby");
    both.app().join("lobby");
    both.app().click("#members-toggle");
    AppDriver.waitFor("the members", () -> both.app().exists("#members-pane"));
    both.app().click("#new-room");
    AppDriver.waitFor("the panel", () -> both.app().exists("#room-name"));

    both.app().robot().type(KeyCode.ESCAPE);
    AppDriver.waitFor("the panel closes", () -> !both.app().exists("#room-name"));
    assertThat(visible("#members-pane")).as("only the newest panel closes").isTrue();

    both.app().robot().type(KeyCode.ESCAPE);
    AppDriver.waitFor("the members close", () -> !visible("#members-pane"));

    both.app().click("#composer");
    both.app().robot().write("a draft");
    both.app().robot().type(KeyCode.ESCAPE);
    assertThat(both.app().text("#composer")).as("nothing open: nothing lost").isEqualTo("a draft");
    assertThat(title()).isEqualTo("lobby");

    both.app().robot().interact(() -> both.app().stage().setWidth(600));
    both.app().click("#rooms-toggle");
    AppDriver.waitFor("the rooms drawer", () -> visible("#drawer"));
    both.app().robot().type(KeyCode.ESCAPE);
    AppDriver.waitFor("the drawer closes", () -> !visible("#drawer"));
  }

  @Test
  void tabVisitsTheWindowInReadingOrderShowingAFocusRingOnEachStop() {
    room("lobby");
    both.app().join("lobby");
    // Narrow and wide again: the sidebar goes into the drawer and back without changing the order.
    both.app().robot().interact(() -> both.app().stage().setWidth(600));
    AppDriver.waitFor("the narrow layout", () -> visible("#rooms-toggle"));
    both.app().robot().interact(() -> both.app().stage().setWidth(1100));
    AppDriver.waitFor("the wide layout", () -> visible("#rooms"));

    both.app().click("#composer");
    both.app().robot().write("a draft");

    for (String theme : List.of("light", "dark")) {
      both.app().click("#composer");
      List<String> stops = new ArrayList<>();
      for (int i = 0; i < 30 && !stops.contains("composer"); i++) {
        both.app().robot().type(KeyCode.TAB);
        Node owner = both.app().stage().getScene().getFocusOwner();
        stops.add(owner.getId());
        FocusRing.awaitOn(both.app(), owner, owner.getId() + " in " + theme);
      }
      assertThat(stops)
          .as(theme)
          .containsSubsequence(
              "send",
              "emoji",
              "do-not-disturb",
              "new-room",
              "browse",
              "new-direct",
              "rooms",
              "settings",
              "logout",
              "search-button",
              "notify-level",
              "members-toggle",
              "messages",
              "composer");
      both.app().chooseTheme("#theme-dark");
    }
  }

  @Test
  void tabWalksTheSettingsPanelShowingAFocusRingOnEachStop() {
    both.app().click("#settings");
    AppDriver.waitFor("the settings", () -> both.app().exists("#settings-panel"));
    focusOn("#close-settings");

    List<String> stops = FocusRing.tabWalk(both.app(), "the settings", 60);

    assertThat(stops)
        .as("the settings' controls in reading order, and back to the first")
        .containsSubsequence(
            "display-name",
            "theme-system",
            "enter-sends",
            "do-not-disturb",
            "default-notify-level",
            "host-on-start",
            "sign-out-everywhere",
            "current-password",
            "new-password",
            "close-settings")
        .doesNotContain(UNDER_A_PANEL)
        .endsWith("close-settings");
  }

  @Test
  void tabWalksTheSearchPanelShowingAFocusRingOnEachStop() {
    room("lobby");
    both.app().join("lobby");
    both.app().say("the quarterly numbers");
    both.app().robot().press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
    AppDriver.waitFor("the search", () -> both.app().exists("#search-query"));
    both.app().fill("#search-query", "quarterly");
    both.app().robot().type(KeyCode.ENTER);
    AppDriver.waitFor(
        "the result", () -> both.app().list("#search-results").getItems().size() == 1);
    focusOn("#search-query");

    List<String> stops = FocusRing.tabWalk(both.app(), "the search", 20);

    assertThat(stops)
        .as("the search's controls, and back to the query")
        .contains("search-results")
        .doesNotContain(UNDER_A_PANEL)
        .endsWith("search-query");
  }

  private void focusOn(String query) {
    both.app().robot().interact(() -> both.app().lookup(query).query().requestFocus());
  }

  private boolean visible(String query) {
    return both.app()
        .robot()
        .lookup(query)
        .tryQuery()
        .map(n -> n.isVisible() && n.getScene() != null)
        .orElse(false);
  }

  private void alt(KeyCode key) {
    both.app().robot().press(KeyCode.ALT).type(key).release(KeyCode.ALT);
  }

  private void nextUnread() {
    both.app()
        .robot()
        .press(KeyCode.CONTROL, KeyCode.SHIFT)
        .type(KeyCode.A)
        .release(KeyCode.SHIFT, KeyCode.CONTROL);
  }

  private String title() {
    return both.app().text("#room-title");
  }

  private Room room(String name) {
    return both.bob()
        .request(id -> new RoomCreate(id, name, RoomVisibility.PUBLIC, null), RoomResult.class)
        .room();
  }

  /** A direct conversation, listed in the sidebar's last section. */
  private void openDirectWithBob() {
    both.app().openDirectWith("bo", "bob");
  }

  private void say(Room room, String text) {
    both.bob()
        .request(
            id -> new MessageSend(id, room.roomId(), text, "b-" + System.nanoTime()),
            MessageResult.class);
  }
}
