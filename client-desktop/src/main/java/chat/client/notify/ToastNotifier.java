package chat.client.notify;

import chat.client.ui.emoji.EmojiText;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The fallback where the desktop has no notification service: a toast at the bottom right of the
 * window, over its content, for a few seconds. A click on it opens the room. At most three show at
 * once; the oldest goes first. The main window's content is a {@link StackPane}, so the toasts are
 * one more layer of it; on any other screen nothing shows (nothing is signed in to notify about).
 * Runs on the FX thread.
 */
public final class ToastNotifier implements Notifier {

  static final Duration SHOWN_FOR = Duration.seconds(6);
  private static final int AT_MOST = 3;
  private static final double WIDTH = 320;

  /** Emoji are colour pictures this many pixels high. */
  private static final double EMOJI_SIZE = 16;

  private static final String LAYER_ID = "toasts";

  private final Stage stage;

  public ToastNotifier(Stage stage) {
    this.stage = stage;
  }

  @Override
  public void show(String title, String body, Runnable onClick) {
    Parent root = stage.getScene() == null ? null : stage.getScene().getRoot();
    if (!(root instanceof StackPane window)) {
      return;
    }
    VBox layer = layer(window);
    VBox toast = toast(title, body);
    Runnable open =
        () -> {
          layer.getChildren().remove(toast);
          onClick.run();
        };
    toast.setOnMouseClicked(event -> open.run());
    toast.setOnKeyPressed(
        event -> {
          if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
            event.consume();
            open.run();
          }
        });
    if (layer.getChildren().size() >= AT_MOST) {
      layer.getChildren().removeFirst();
    }
    layer.getChildren().add(toast);
    PauseTransition shown = new PauseTransition(SHOWN_FOR);
    shown.setOnFinished(event -> layer.getChildren().remove(toast));
    shown.play();
  }

  /**
   * A toast: a box that acts as a button (a {@code Button} would measure its wrapped text at the
   * wrong width and grow tall).
   */
  private static VBox toast(String title, String body) {
    Label heading = new Label();
    heading.getStyleClass().add("toast-title");
    EmojiText.show(heading, title, EMOJI_SIZE);
    VBox toast = new VBox(2, heading, body(body));
    toast.getStyleClass().add("toast");
    toast.setPrefWidth(WIDTH);
    toast.setMaxWidth(WIDTH);
    toast.setMaxHeight(Region.USE_PREF_SIZE);
    toast.setFocusTraversable(true);
    toast.setAccessibleRole(AccessibleRole.BUTTON);
    toast.setAccessibleText(title + ": " + body + ". Open the room");
    return toast;
  }

  /** The toast's text, wrapped; its emoji in colour (a flow of runs then, not a label). */
  private static Node body(String body) {
    Optional<TextFlow> withEmoji = EmojiText.styled(body, EMOJI_SIZE, "toast-body-text");
    if (withEmoji.isPresent()) {
      withEmoji.get().getStyleClass().add("toast-body");
      return withEmoji.get();
    }
    Label text = new Label(body);
    text.setWrapText(true);
    text.getStyleClass().add("toast-body");
    return text;
  }

  /**
   * The window's toast layer, added on first use: as large as the window, its toasts at the bottom
   * right, and clicks beside them pass through to the window.
   */
  private static VBox layer(StackPane window) {
    for (var child : window.getChildren()) {
      if (child instanceof VBox layer && LAYER_ID.equals(layer.getId())) {
        return layer;
      }
    }
    VBox layer = new VBox(8);
    layer.setId(LAYER_ID);
    layer.getStyleClass().add(LAYER_ID);
    layer.setAlignment(Pos.BOTTOM_RIGHT);
    layer.setFillWidth(false);
    layer.setPickOnBounds(false);
    layer.setPadding(new Insets(16, 16, 96, 16));
    window.getChildren().add(layer);
    return layer;
  }
}
