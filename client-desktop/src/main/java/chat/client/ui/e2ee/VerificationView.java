package chat.client.ui.e2ee;

import chat.client.crypto.SasEmoji;
import chat.client.crypto.ShortCode;
import chat.client.ui.e2ee.VerificationViewModel.Stage;
import chat.client.ui.emoji.EmojiText;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The dialog "Verify Bob": what the verification waits for, then the seven emoji with their names
 * under them (as Element shows them) and the digits, and the buttons the stage offers; closing it
 * cancels a verification not ended. Parts are named {@code verification-status}, {@code
 * verification-emoji-N}, {@code verification-digits}, {@code verification-accept}, {@code
 * verification-decline}, {@code verification-match} and {@code verification-no-match} for tests and
 * CSS.
 */
public final class VerificationView {

  private static final double EMOJI_SIZE = 40;

  private VerificationView() {}

  /** Shows the verification of {@code model} over {@code owner} without blocking. */
  public static Dialog<ButtonType> show(VerificationViewModel model, Window owner) {
    Dialog<ButtonType> dialog = new Dialog<>();
    RecoveryDialogs.ownedBy(dialog, owner);
    dialog.setTitle(model.title());
    dialog.setHeaderText(model.title());
    Label status = new Label();
    status.setId("verification-status");
    status.setWrapText(true);
    status.textProperty().bind(model.statusProperty());
    HBox emoji = new HBox(14);
    emoji.setAlignment(Pos.CENTER);
    Label digits = new Label();
    digits.setId("verification-digits");
    digits.getStyleClass().add("verification-digits");
    model
        .codeProperty()
        .subscribe(
            code -> {
              emoji.getChildren().setAll(code == null ? List.of() : tiles(code));
              digits.setText(code == null ? "" : "Or compare the numbers: " + model.digits());
            });
    HBox buttons =
        new HBox(
            8,
            button("verification-accept", "Accept", model::accept, model, Stage.REQUESTED),
            button("verification-decline", "Decline", model::cancel, model, Stage.REQUESTED),
            button("verification-match", "They match", model::match, model, Stage.COMPARING),
            button(
                "verification-no-match",
                "They don't match",
                model::noMatch,
                model,
                Stage.COMPARING));
    buttons.setAlignment(Pos.CENTER_RIGHT);
    VBox body = new VBox(14, status, emoji, digits, buttons);
    body.setPadding(new Insets(4, 0, 0, 0));
    body.setPrefWidth(560);
    dialog.getDialogPane().setContent(body);
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    dialog.setOnHidden(event -> model.cancel());
    dialog.show();
    return dialog;
  }

  private static List<VBox> tiles(ShortCode code) {
    List<VBox> tiles = new ArrayList<>();
    int n = 0;
    for (SasEmoji each : code.emoji()) {
      Label picture = new Label();
      EmojiText.show(picture, each.emoji(), EMOJI_SIZE);
      Label name = new Label(each.displayName());
      VBox tile = new VBox(4, picture, name);
      tile.setAlignment(Pos.CENTER);
      tile.setId("verification-emoji-" + n++);
      tile.getStyleClass().add("verification-emoji");
      tile.setAccessibleText(each.displayName());
      tiles.add(tile);
    }
    return tiles;
  }

  /** A button shown and usable only while the verification stands at {@code stage}. */
  private static Button button(
      String id, String text, Runnable action, VerificationViewModel model, Stage stage) {
    Button button = new Button(text);
    button.setId(id);
    button.setOnAction(event -> action.run());
    button.visibleProperty().bind(model.stageProperty().isEqualTo(stage));
    button.managedProperty().bind(button.visibleProperty());
    return button;
  }
}
