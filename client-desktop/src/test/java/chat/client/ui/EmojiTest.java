package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.protocol.model.Room;
import chat.protocol.server.MessageNew;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
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

  /** Pixels clearly coloured: saturated and not dark, as no text or grey box is. */
  private static int saturatedPixels(Image image) {
    PixelReader pixels = image.getPixelReader();
    int count = 0;
    for (int y = 0; y < (int) image.getHeight(); y++) {
      for (int x = 0; x < (int) image.getWidth(); x++) {
        Color color = pixels.getColor(x, y);
        if (color.getOpacity() > 0.5
            && color.getSaturation() > 0.5
            && color.getBrightness() > 0.4) {
          count++;
        }
      }
    }
    return count;
  }
}
