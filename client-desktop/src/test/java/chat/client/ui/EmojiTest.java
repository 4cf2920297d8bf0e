package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.protocol.client.MessagePin;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.server.MessageNew;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Emoji: picked or typed, they travel as their code points and are shown in colour. */
class EmojiTest {

  private static final String THUMBS_UP = "\uD83D\uDC4D";
  private static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
  private static final String FLAG_FR = "\uD83C\uDDEB\uD83C\uDDF7";

  @RegisterExtension final AppAndServer both = AppAndServer.aliceWithBob();

  @Test
  void anEmojiPickedIsSentAsItsCodePoints() {
    Room lobby = both.bobsRoomJoined("lobby");

    both.app().click("#composer");
    both.app().robot().write("Well done ");
    both.app().click("#emoji");
    both.app().fill("#emoji-search", "thumbs up");
    pick(THUMBS_UP);
    both.app().fill("#emoji-search", "family");
    pick(FAMILY);
    both.app().robot().type(KeyCode.ESCAPE);
    AppDriver.waitFor(
        "the picker closed", () -> !both.app().exists("#emoji-picker") || !pickerShowing());
    both.app().click("#send");

    String received =
        both.bob()
            .await(
                frame ->
                    frame instanceof MessageNew(var message)
                            && message.roomId().equals(lobby.roomId())
                        ? message.content()
                        : null);
    assertThat(received).isEqualTo("Well done " + THUMBS_UP + FAMILY);
    assertThat(received.chars()).noneMatch(c -> c >= 0xE000 && c <= 0xF8FF);
  }

  @Test
  void anEmojiIsShownInColour() {
    Room lobby = both.bobsRoomJoined("lobby");
    String text = "Great job " + THUMBS_UP + " " + FLAG_FR;

    both.bob().say(lobby.roomId(), text);

    AppDriver.waitFor("the message", () -> both.app().messages().cellShowing(text) != null);
    AtomicReference<Image> picture = new AtomicReference<>();
    both.app()
        .robot()
        .interact(
            () ->
                picture.set(
                    both.app()
                        .messages()
                        .cellShowing(text)
                        .lookup(".message-text")
                        .snapshot(null, null)));
    assertThat(saturatedPixels(picture.get()))
        .as("coloured pixels where the emoji are, not grey or blank boxes")
        .isGreaterThan(50);
  }

  @Test
  void anEmojiInTheComposerIsShownInColourAndStaysItsCodePoints() {
    both.bobsRoomJoined("lobby");
    both.app().click("#composer");
    both.app().robot().write("Nice ");
    both.app().click("#emoji");
    both.app().fill("#emoji-search", "thumbs up");
    pick(THUMBS_UP);
    both.app().robot().type(KeyCode.ESCAPE);

    AtomicReference<Image> picture = new AtomicReference<>();
    AtomicReference<String> draft = new AtomicReference<>();
    AppDriver.waitFor(
        "the composer's emoji in colour",
        () -> {
          both.app()
              .robot()
              .interact(
                  () -> {
                    TextArea composer =
                        both.app().robot().lookup("#composer").queryAs(TextArea.class);
                    draft.set(composer.getText());
                    picture.set(composer.snapshot(null, null));
                  });
          return saturatedPixels(picture.get()) > 50;
        });
    assertThat(draft.get()).isEqualTo("Nice " + THUMBS_UP);
  }

  @Test
  void copyingAMessageWithEmojiCopiesTheirCodePoints() {
    Room lobby = both.bobsRoomJoined("lobby");
    String text = "Family " + FAMILY + " in " + FLAG_FR + ", " + THUMBS_UP + "!";
    both.bob().say(lobby.roomId(), text);
    AppDriver.waitFor("the message", () -> both.app().messages().cellShowing(text) != null);

    both.app().robot().clickOn(both.app().messages().messageText(text));
    both.app()
        .robot()
        .press(KeyCode.CONTROL)
        .type(KeyCode.A)
        .type(KeyCode.C)
        .release(KeyCode.CONTROL);

    AtomicReference<String> copied = new AtomicReference<>();
    both.app().robot().interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
    assertThat(copied.get()).isEqualTo(text);
  }

  private void pick(String emoji) {
    AppDriver.waitFor(emoji + " offered", () -> choice(emoji) != null);
    both.app().robot().clickOn(choice(emoji));
  }

  private Node choice(String emoji) {
    return both.app().robot().lookup(".emoji-choice").queryAll().stream()
        .filter(n -> emoji.equals(n.getUserData()) && n.getScene() != null)
        .findFirst()
        .orElse(null);
  }

  private boolean pickerShowing() {
    Node picker = both.app().robot().lookup("#emoji-picker").query();
    return picker.getScene() != null && picker.getScene().getWindow().isShowing();
  }

  @Test
  void aSendersARoomsAndAMembersNameWithEmojiAreShownInColour() {
    both.bob().rename("Bob " + THUMBS_UP);
    String party = "party " + THUMBS_UP;
    Room room = both.bobsRoomJoined(party);

    both.bob().say(room.roomId(), "hello all");

    AppDriver.waitFor("the message", () -> both.app().messages().cellShowing("hello all") != null);
    assertInColour("the sender's name", () -> rowPart("hello all", ".sender"));
    assertInColour("the room's title", () -> both.app().lookup("#room-title").query());
    assertInColour(
        "the room's name in the sidebar",
        () ->
            both.app().robot().lookup("#rooms .label").queryAllAs(Labeled.class).stream()
                .filter(label -> party.equals(label.getText()))
                .findFirst()
                .orElse(null));
    both.app().click("#members-toggle");
    assertInColour(
        "the member's name",
        () ->
            both.app().robot().lookup("#members .label").queryAllAs(Labeled.class).stream()
                .filter(label -> label.getText().startsWith("Bob " + THUMBS_UP))
                .findFirst()
                .orElse(null));
  }

  @Test
  void thePinnedBarASearchResultAndAToastShowEmojiInColour() {
    Room lobby = both.bobsRoomJoined("lobby");
    Room random = both.bobsRoomJoined("random");
    both.app().openRoom("lobby");
    String pinned = "Pinned rules " + THUMBS_UP;
    Message rules = both.bob().say(lobby.roomId(), pinned);
    both.bob().request(id -> new MessagePin(id, lobby.roomId(), rules.messageId()), Object.class);

    assertInColour("the pinned bar", () -> both.app().lookup("#pinned-text").query());

    both.bob().say(random.roomId(), "Lunch " + THUMBS_UP);
    AppDriver.waitFor("a toast", () -> both.app().exists(".toast"));
    assertInColour("the toast", () -> both.app().lookup(".toast").query());

    both.app().robot().press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
    AppDriver.waitFor("the search panel", () -> both.app().exists("#search-query"));
    both.app().fill("#search-query", "rules");
    both.app().robot().type(KeyCode.ENTER);
    AppDriver.waitFor(
        "one result", () -> both.app().list("#search-results").getItems().size() == 1);
    assertInColour(
        "the search result's snippet",
        () -> both.app().lookup("#search-results .search-snippet").query());
  }

  /** The part {@code query} finds in the row of the message {@code content}, or null. */
  private Node rowPart(String content, String query) {
    var cell = both.app().messages().cellShowing(content);
    return cell == null ? null : cell.lookup(query);
  }

  /**
   * Waits until the node {@code part} finds shows the thumbs up as the app's colour picture of it:
   * a picture in the node, drawn with the emoji's yellow. (A snapshot of the whole node would not
   * do: the text's subpixel edges are coloured too.)
   */
  private void assertInColour(String what, Callable<Node> part) {
    AppDriver.waitFor(
        what + " in colour",
        () -> {
          AtomicReference<Image> picture = new AtomicReference<>();
          both.app()
              .robot()
              .interact(
                  () -> {
                    try {
                      ImageView emoji = pictureIn(part.call());
                      picture.set(emoji == null ? null : emoji.snapshot(null, null));
                    } catch (Exception notYet) {
                      picture.set(null);
                    }
                  });
          return picture.get() != null && yellowPixels(picture.get()) > 30;
        });
  }

  /** The first picture shown in {@code node}, or null. */
  private static ImageView pictureIn(Node node) {
    if (node == null || !node.isVisible()) {
      return null;
    }
    if (node instanceof ImageView view && view.getImage() != null && view.getScene() != null) {
      return view;
    }
    List<Node> inside =
        node instanceof Labeled label && label.getGraphic() != null
            ? List.of(label.getGraphic())
            : node instanceof Parent parent ? parent.getChildrenUnmodifiable() : List.of();
    for (Node child : inside) {
      ImageView found = pictureIn(child);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** Pixels of the yellow of the thumbs-up picture, which no text or grey box has. */
  private static int yellowPixels(Image image) {
    return pixels(
        image,
        color ->
            color.getHue() >= 30
                && color.getHue() <= 65
                && color.getSaturation() > 0.5
                && color.getBrightness() > 0.5);
  }

  /** Pixels clearly coloured: saturated and not dark, as no text or grey box is. */
  private static int saturatedPixels(Image image) {
    return pixels(image, color -> color.getSaturation() > 0.5 && color.getBrightness() > 0.4);
  }

  /** How many opaque pixels of {@code image} are of the colour asked. */
  private static int pixels(Image image, Predicate<Color> wanted) {
    PixelReader pixels = image.getPixelReader();
    int count = 0;
    for (int y = 0; y < (int) image.getHeight(); y++) {
      for (int x = 0; x < (int) image.getWidth(); x++) {
        Color color = pixels.getColor(x, y);
        if (color.getOpacity() > 0.5 && wanted.test(color)) {
          count++;
        }
      }
    }
    return count;
  }
}
