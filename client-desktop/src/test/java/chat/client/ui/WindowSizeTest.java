package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.LargeScreen;
import chat.client.support.ModeratedRooms;
import chat.protocol.client.MessageSend;
import chat.protocol.client.RoomCreate;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.MessageResult;
import chat.protocol.result.RoomResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The main window from narrow to 4K, and where it opens again. */
@LargeScreen
class WindowSizeTest {

  @RegisterExtension final AppAndServer both = AppAndServer.aliceWithBob();

  @Test
  void at480PxWideNoControlLiesOutsideTheWindow() {
    conversation();
    resize(480, 600);

    assertThat(controlsOutsideTheWindow()).as("with the chat").isEmpty();
    both.app().click("#rooms-toggle");
    AppDriver.waitFor("the rooms drawer", () -> showing("#rooms"));
    assertThat(controlsOutsideTheWindow()).as("with the rooms drawer").isEmpty();
    both.app().robot().type(KeyCode.ESCAPE);
    both.app().click("#members-toggle");
    AppDriver.waitFor("the members", () -> showing("#members-pane"));
    assertThat(controlsOutsideTheWindow()).as("with the members").isEmpty();
  }

  @Test
  void at720PxNothingIsClippedOrOutsideTheWindowWhicheverPanelIsOpen() {
    conversation();
    resize(720, 600);

    assertWholeWindowFits("the conversation");
    both.app().click("#rooms-toggle");
    AppDriver.waitFor("the rooms drawer", () -> showing("#rooms"));
    assertWholeWindowFits("the rooms drawer");
    both.app().robot().type(KeyCode.ESCAPE);
    both.app().click("#members-toggle");
    AppDriver.waitFor("the members", () -> showing("#members-pane"));
    assertWholeWindowFits("the members");
    both.app().click("#members-toggle");
    both.app().robot().press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
    AppDriver.waitFor("the search", () -> showing("#search-hints"));
    assertWholeWindowFits("the search");
    both.app().robot().type(KeyCode.ESCAPE);
    AppDriver.waitFor("the search closed", () -> !both.app().exists("#search-query"));
    both.app().robot().press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
    AppDriver.waitFor("the settings", () -> showing("#close-settings"));
    assertWholeWindowFits("the settings");
  }

  @Test
  void at720PxTheAdminAreaFitsTheWindow() {
    both.bob().nameAdmin("alice");
    both.app().click("#logout");
    both.app().signIn("alice", "password123");
    AppDriver.waitFor("the main window", () -> both.app().exists("#rooms"));
    both.app().click("#admin");
    AppDriver.waitFor("the accounts", () -> showing("#accounts .account-row"));
    both.app().click("#create-invite");
    AppDriver.waitFor("the invite's QR code", () -> showing("#admin-invite-qr"));

    resize(720, 600);

    assertWholeWindowFits("the admin area");
  }

  @Test
  void at720PxTheRoomSettingsFitTheWindow() {
    Room room = conversation();
    ModeratedRooms.withABanAndSlowMode(both.server(), both.bob(), room.roomId(), "alice");
    both.app().click("#room-settings");
    AppDriver.waitFor("the ban", () -> both.app().list("#bans").getItems().size() == 1);

    resize(720, 600);

    assertWholeWindowFits("the room settings");
  }

  @Test
  void at4KNothingIsClippedOrOutsideTheWindow() {
    conversation();
    resize(3840, 2160);

    assertWholeWindowFits("the conversation");
    both.app().click("#members-toggle");
    AppDriver.waitFor("the members", () -> showing("#members-pane"));
    assertWholeWindowFits("the members");
    both.app().robot().press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
    AppDriver.waitFor("the search", () -> showing("#search-hints"));
    assertWholeWindowFits("the search");
    both.app().robot().type(KeyCode.ESCAPE);
    AppDriver.waitFor("the search closed", () -> !both.app().exists("#search-query"));
    both.app().robot().press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
    AppDriver.waitFor("the settings", () -> showing("#close-settings"));
    assertWholeWindowFits("the settings");
  }

  @Test
  void at4KALongMessageWrapsAtAbout75Characters() {
    Room room = conversation();
    resize(3840, 2160);
    String paragraph =
        "We ship on Friday if the installer test passes on every platform, the release notes"
            + " are read by someone who did not write them, and nobody finds a reason to wait. ";
    String message = paragraph.repeat(4).strip();
    both.bob()
        .request(id -> new MessageSend(id, room.roomId(), message, "b-long"), MessageResult.class);
    Node text = both.app().messages().messageText(message);
    AppDriver.waitFor("the message laid out", () -> text.getLayoutBounds().getHeight() > 0);

    double[] widths = new double[3]; // the text's, 60 and 90 of its characters'
    both.app()
        .robot()
        .interact(
            () -> {
              Font font = ((Text) text.lookup("Text")).getFont();
              widths[0] = text.getLayoutBounds().getWidth();
              widths[1] = widthOf(message.substring(0, 60), font);
              widths[2] = widthOf(message.substring(0, 90), font);
            });
    assertThat(widths[0])
        .as("lines of 60 to 90 characters, in a window %s px wide", 3840)
        .isBetween(widths[1], widths[2]);
  }

  private static double widthOf(String text, Font font) {
    Text sample = new Text(text);
    sample.setFont(font);
    return sample.getLayoutBounds().getWidth();
  }

  private void assertWholeWindowFits(String with) {
    assertThat(clippedLabels(both.app().stage().getScene().getRoot()))
        .as("labels clipped with " + with)
        .isEmpty();
    assertThat(controlsOutsideTheWindow()).as("controls outside the window with " + with).isEmpty();
  }

  @Test
  void theWindowReopensWhereItWasLeft() {
    Stage stage = both.app().stage();
    both.app()
        .robot()
        .interact(
            () -> {
              stage.setX(130);
              stage.setY(70);
              stage.setWidth(900);
              stage.setHeight(640);
            });
    both.app().close();
    both.app().robot().interact(() -> bounds(stage, 0, 0, 1000, 700));

    both.launchAppAgain();

    AppDriver.waitFor("the window", () -> stage.isShowing());
    assertThat(List.of(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()))
        .containsExactly(130.0, 70.0, 900.0, 640.0);
  }

  @Test
  void aMaximizedWindowReopensMaximized() {
    Stage stage = both.app().stage();
    both.app().robot().interact(() -> bounds(stage, 60, 40, 880, 620));
    both.app().robot().interact(() -> stage.setMaximized(true));
    AppDriver.waitFor("maximized", stage::isMaximized);
    both.app().close();
    both.app().robot().interact(() -> stage.setMaximized(false));

    both.launchAppAgain();

    AppDriver.waitFor("maximized again", stage::isMaximized);
    // The tests share one stage: the next one starts from a window that is not maximized.
    both.app().robot().interact(() -> stage.setMaximized(false));
  }

  private static void bounds(Stage stage, double x, double y, double width, double height) {
    stage.setX(x);
    stage.setY(y);
    stage.setWidth(width);
    stage.setHeight(height);
  }

  private Room conversation() {
    Room room =
        both.bob()
            .request(
                id -> new RoomCreate(id, "release-planning", RoomVisibility.PUBLIC, null),
                RoomResult.class)
            .room();
    both.app().join("release-planning");
    both.bob()
        .request(
            id -> new MessageSend(id, room.roomId(), "Shall we ship on Friday?", "b-1"),
            MessageResult.class);
    both.app().say("Friday works for me.");
    AppDriver.waitFor("the messages", () -> both.app().list("#messages").getItems().size() >= 2);
    return room;
  }

  private void resize(double width, double height) {
    both.app().robot().interact(() -> bounds(both.app().stage(), 0, 0, width, height));
    AppDriver.waitFor("the new size", () -> both.app().stage().getScene().getWidth() == width);
  }

  private boolean showing(String query) {
    return both.app().robot().lookup(query).tryQuery().map(WindowSizeTest::shown).orElse(false);
  }

  private List<String> controlsOutsideTheWindow() {
    List<String> outside = new ArrayList<>();
    both.app()
        .robot()
        .interact(
            () -> {
              Scene scene = both.app().stage().getScene();
              visit(
                  scene.getRoot(),
                  node -> {
                    Bounds b = node.localToScene(node.getLayoutBounds());
                    if (b.getMinX() < -0.5
                        || b.getMinY() < -0.5
                        || b.getMaxX() > scene.getWidth() + 0.5
                        || b.getMaxY() > scene.getHeight() + 0.5) {
                      outside.add(describe(node) + " at " + b);
                    }
                  });
            });
    return outside;
  }

  private List<String> clippedLabels(Parent area) {
    AtomicReference<List<String>> clipped = new AtomicReference<>();
    both.app()
        .robot()
        .interact(
            () -> {
              List<String> found = new ArrayList<>();
              visitAll(
                  area,
                  node -> {
                    if (node instanceof Labeled labeled
                        && shown(labeled)
                        && labeled.isTextTruncated()) {
                      found.add(describe(labeled));
                    }
                  });
              clipped.set(found);
            });
    return clipped.get();
  }

  /** Every shown control, not looking inside controls (a list clips its own rows). */
  private static void visit(Parent parent, Consumer<Node> control) {
    for (Node child : parent.getChildrenUnmodifiable()) {
      if (!child.isVisible()) {
        continue;
      }
      if (child instanceof Control) {
        control.accept(child);
      } else if (child instanceof Parent inner) {
        visit(inner, control);
      }
    }
  }

  private static void visitAll(Parent parent, Consumer<Node> each) {
    for (Node child : parent.getChildrenUnmodifiable()) {
      each.accept(child);
      if (child instanceof Parent inner) {
        visitAll(inner, each);
      }
    }
  }

  private static boolean shown(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return node.getScene() != null;
  }

  private static String describe(Node node) {
    String name = node.getId() != null ? "#" + node.getId() : node.getClass().getSimpleName();
    return node instanceof Labeled l && l.getText() != null
        ? name + " \"" + l.getText() + "\""
        : name;
  }
}
