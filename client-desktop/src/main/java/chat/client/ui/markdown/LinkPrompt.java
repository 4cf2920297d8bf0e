package chat.client.ui.markdown;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/**
 * Opens a message's link only after showing where it goes: a link's text can say anything, so the
 * reader sees the full target and chooses Open or Cancel (the default, so Enter opens nothing). A
 * target {@link LinkTargets} refuses is never opened, whoever asks.
 */
public final class LinkPrompt implements Consumer<String> {

  private static final ButtonType OPEN = new ButtonType("Open", ButtonData.OK_DONE);

  private final Consumer<String> open;
  private final Supplier<Window> owner;

  /** Opens through {@code open} (the browser or mail app), asking in front of {@code owner}. */
  public LinkPrompt(Consumer<String> open, Supplier<Window> owner) {
    this.open = open;
    this.owner = owner;
  }

  /** Asks about {@code target}, without blocking: it opens when the reader chooses Open. */
  @Override
  public void accept(String target) {
    if (!LinkTargets.openable(target)) {
      return;
    }
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, null, OPEN, ButtonType.CANCEL);
    alert.initOwner(owner.get());
    alert.setTitle("Open link?");
    alert.setHeaderText(
        target.regionMatches(true, 0, "mailto:", 0, 7)
            ? "Write an email to this address?"
            : "Open this link in your browser?");
    Label shown = new Label(target);
    shown.setId("link-target");
    shown.setWrapText(true);
    alert.getDialogPane().setContent(shown);
    Button openButton = (Button) alert.getDialogPane().lookupButton(OPEN);
    Button cancelButton = (Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
    openButton.setId("link-open");
    openButton.setDefaultButton(false);
    cancelButton.setId("link-cancel");
    cancelButton.setDefaultButton(true);
    alert.setOnHidden(
        event -> {
          if (alert.getResult() == OPEN) {
            open.accept(target);
          }
        });
    alert.show();
  }
}
