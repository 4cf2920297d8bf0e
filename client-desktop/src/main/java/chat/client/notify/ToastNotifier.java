package chat.client.notify;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
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
    Button toast = toast(title, body);
    toast.setOnAction(
        event -> {
          layer.getChildren().remove(toast);
          onClick.run();
        });
    if (layer.getChildren().size() >= AT_MOST) {
      layer.getChildren().removeFirst();
    }
    layer.getChildren().add(toast);
    PauseTransition shown = new PauseTransition(SHOWN_FOR);
    shown.setOnFinished(event -> layer.getChildren().remove(toast));
    shown.play();
  }

  private static Button toast(String title, String body) {
    Label heading = new Label(title);
    heading.getStyleClass().add("toast-title");
    Label text = new Label(body);
    text.setWrapText(true);
    text.getStyleClass().add("toast-body");
    VBox content = new VBox(2, heading, text);
    Button toast = new Button(null, content);
    toast.getStyleClass().add("toast");
    toast.setPrefWidth(WIDTH);
    toast.setMaxWidth(WIDTH);
    toast.setAlignment(Pos.TOP_LEFT);
    toast.setAccessibleText(title + ": " + body + ". Open the room");
    return toast;
  }

  /** The window's toast layer, added on first use: bottom right, letting clicks pass around it. */
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
    layer.setPickOnBounds(false);
    layer.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    StackPane.setAlignment(layer, Pos.BOTTOM_RIGHT);
    StackPane.setMargin(layer, new Insets(16));
    window.getChildren().add(layer);
    return layer;
  }
}
