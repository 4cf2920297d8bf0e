package chat.client.ui;

import static chat.client.support.TimelineFiles.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.ModeratedRooms;
import chat.client.support.Peer;
import chat.client.support.SampleFiles;
import chat.client.support.TimelineFiles;
import chat.protocol.model.Attachment;
import chat.protocol.model.RoomVisibility;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A screen reader names every button: by its text, or, where the text is empty or only symbols
 * ("☰", "⋯", "−", an emoji), by its accessible text. Each test walks every window on screen (popups
 * and the image viewer are windows of their own) at each screen and panel it opens.
 */
class AccessibleTextTest {

  @RegisterExtension final AppAndServer both = AppAndServer.plain();

  @Test
  void everyIconButtonHasAccessibleText() {
    List<String> unnamed = new ArrayList<>(unnamedButtons("connect screen"));
    both.app().connect(both.server().address());
    unnamed.addAll(unnamedButtons("sign-in screen"));
    both.app().registerAndWait("alice");
    unnamed.addAll(unnamedButtons("main window"));
    for (String panel : List.of("#new-room", "#browse", "#join-by-link", "#new-direct", "#admin")) {
      both.app().click(panel);
      AppDriver.waitFor(
          "the panel", () -> both.app().robot().lookup("#overlay").query().isVisible());
      unnamed.addAll(unnamedButtons(panel + " panel"));
      both.app().robot().type(KeyCode.ESCAPE);
    }

    assertThat(unnamed).isEmpty();
  }

  @Test
  void everyIconButtonOfSearchSettingsThreadEmojiImageViewerAndRoomSettingsHasAccessibleText() {
    both.app().connect(both.server().address());
    both.app().registerAndWait("alice");
    try (Peer bob = Peer.register(both.server(), "bob")) {
      String room = bob.createRoom("lobby", RoomVisibility.PUBLIC, null).roomId();
      both.app().join("lobby");
      Attachment png = bob.upload(room, "photo.png", SampleFiles.png(400, 300));
      bob.say(room, "a photo", List.of(png));
      bob.reply(bob.say(room, "a question"), "an answer");
      List<String> unnamed = new ArrayList<>();

      both.app().robot().press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
      both.app().fill("#search-query", "photo");
      both.app().robot().type(KeyCode.ENTER);
      AppDriver.waitFor("a result", () -> !both.app().list("#search-results").getItems().isEmpty());
      unnamed.addAll(unnamedButtons("search panel"));
      both.app().robot().type(KeyCode.ESCAPE);
      AppDriver.waitFor("the search closed", () -> !both.app().exists("#search-query"));

      both.app().click("#settings");
      AppDriver.waitFor("the settings", () -> both.app().exists("#settings-panel"));
      unnamed.addAll(unnamedButtons("settings"));
      both.app().click("#close-settings");

      both.app().click("#messages .thread-count");
      AppDriver.waitFor(
          "the thread", () -> both.app().robot().lookup("#thread-panel").query().isVisible());
      unnamed.addAll(unnamedButtons("thread panel"));

      both.app().click("#composer");
      both.app().click("#emoji");
      AppDriver.waitFor("the emoji picker", () -> showing("#emoji-picker"));
      unnamed.addAll(unnamedButtons("emoji picker"));
      both.app().robot().type(KeyCode.ESCAPE);
      AppDriver.waitFor("the picker closed", () -> !showing("#emoji-picker"));

      TimelineFiles timeline = new TimelineFiles(both.app());
      AppDriver.waitFor("the photo", () -> onFx(() -> timeline.thumbnail("a photo") != null));
      both.app().robot().clickOn(onFx(() -> timeline.thumbnail("a photo")));
      AppDriver.waitFor("the image viewer", () -> showing("#image-viewer"));
      unnamed.addAll(unnamedButtons("image viewer"));
      both.app().click("#viewer-close");

      ModeratedRooms.withABanAndSlowMode(both.server(), bob, room, "alice");
      both.app().click("#room-settings");
      AppDriver.waitFor("the ban", () -> both.app().list("#bans").getItems().size() == 1);
      unnamed.addAll(unnamedButtons("room settings"));
      both.app().click("#room-settings-close");

      assertThat(unnamed).isEmpty();
    }
  }

  /** The unnamed buttons of every window on screen: the main one, a viewer, a popup. */
  private List<String> unnamedButtons(String where) {
    AtomicReference<List<String>> found = new AtomicReference<>();
    both.app()
        .robot()
        .interact(
            () -> {
              List<String> list = new ArrayList<>();
              for (Window window : Window.getWindows()) {
                if (window.isShowing() && window.getScene() != null) {
                  collect(window.getScene().getRoot(), where, list);
                }
              }
              found.set(list);
            });
    return found.get();
  }

  private boolean showing(String query) {
    return onFx(
        () ->
            both.app()
                .robot()
                .lookup(query)
                .tryQuery()
                .map(node -> node.getScene() != null && node.getScene().getWindow().isShowing())
                .orElse(false));
  }

  private static void collect(Parent parent, String where, List<String> unnamed) {
    for (Node child : parent.getChildrenUnmodifiable()) {
      if (child instanceof ButtonBase button && !named(button)) {
        unnamed.add(where + ": " + button.getClass().getSimpleName() + " #" + button.getId());
      }
      if (child instanceof Parent inner) {
        collect(inner, where, unnamed);
      }
    }
  }

  private static boolean named(ButtonBase button) {
    return hasWords(button.getAccessibleText()) || hasWords(button.getText());
  }

  private static boolean hasWords(String text) {
    return text != null && text.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
