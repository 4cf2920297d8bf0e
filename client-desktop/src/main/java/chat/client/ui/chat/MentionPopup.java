package chat.client.ui.chat;

import chat.client.ui.chat.MentionSuggestions.Completion;
import chat.client.ui.chat.MentionSuggestions.Suggestion;
import chat.protocol.model.UserStatus;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.stage.Popup;
import javafx.stage.PopupWindow;

/**
 * Shows {@link MentionSuggestions} in a popup just above the composer as a name is typed after
 * {@code @}. The composer keeps the focus: a popup gets the keys of its owner's window first, so
 * Up, Down, Enter, Tab and Esc reach the suggestions (and not the composer, which would send, leave
 * or close a panel) while they are shown, and every other key types on. A click on a suggestion
 * picks it; a click elsewhere dismisses them.
 */
public final class MentionPopup {

  private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
  private static final double GAP = 4;

  private final TextInputControl composer;
  private final MentionSuggestions model;
  private final boolean showPresence;
  private final Popup popup = new Popup();
  private final VBox rows = new VBox();

  private MentionPopup(TextInputControl composer, MentionSuggestions model, boolean showPresence) {
    this.composer = composer;
    this.model = model;
    this.showPresence = showPresence;
  }

  /** Suggests mentions as {@code composer} is typed in; dots only with {@code showPresence}. */
  public static void attach(
      TextInputControl composer, MentionSuggestions model, boolean showPresence) {
    new MentionPopup(composer, model, showPresence).bind();
  }

  private void bind() {
    rows.setId("mention-suggestions");
    rows.getStyleClass().add("mention-suggestions");
    popup.getContent().add(rows);
    popup.setAnchorLocation(PopupWindow.AnchorLocation.CONTENT_BOTTOM_LEFT);
    popup.setAutoHide(true);
    popup.setConsumeAutoHidingEvents(false); // the click that dismisses still places the caret
    popup.setHideOnEscape(false);
    popup.setOnAutoHide(event -> model.dismiss());
    popup.getScene().addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    composer.textProperty().addListener((obs, old, now) -> edited());
    composer.caretPositionProperty().addListener((obs, old, now) -> edited());
    composer
        .focusedProperty()
        .addListener(
            (obs, was, focused) -> {
              if (!focused) {
                model.dismiss(); // the keys go elsewhere now
              }
            });
    model.shown().addListener((ListChangeListener<Suggestion>) change -> show());
    model.selectedProperty().addListener((obs, old, now) -> markSelected());
  }

  private void edited() {
    model.edited(composer.getText(), composer.getCaretPosition());
  }

  private void keyPressed(KeyEvent event) {
    if (!model.open().get() || event.isAltDown() || event.isShortcutDown()) {
      return;
    }
    switch (event.getCode()) {
      case UP -> model.previous();
      case DOWN -> model.next();
      case ENTER, TAB -> {
        if (event.isShiftDown()) {
          return;
        }
        model.pick().ifPresent(this::complete);
      }
      case ESCAPE -> model.dismiss();
      default -> {
        return;
      }
    }
    event.consume();
  }

  private void complete(Completion completion) {
    composer.replaceText(completion.start(), completion.end(), completion.text());
    composer.positionCaret(completion.start() + completion.text().length());
  }

  private void show() {
    rows.getChildren().clear();
    for (int i = 0; i < model.shown().size(); i++) {
      rows.getChildren().add(row(model.shown().get(i), i));
    }
    markSelected();
    if (model.shown().isEmpty()) {
      popup.hide();
      return;
    }
    Bounds bounds = composer.localToScreen(composer.getBoundsInLocal());
    if (bounds == null || composer.getScene() == null) {
      return;
    }
    if (!popup.isShowing()) {
      rows.getStylesheets().setAll(composer.getScene().getStylesheets());
      popup.show(composer, bounds.getMinX(), bounds.getMinY() - GAP);
    }
  }

  private HBox row(Suggestion suggestion, int index) {
    Label name = new Label(suggestion.name());
    name.getStyleClass().add("mention-name");
    if (showPresence && suggestion.status() != null) {
      Circle dot = new Circle(4);
      boolean online = suggestion.status() == UserStatus.ONLINE;
      dot.getStyleClass().add(online ? "presence-online" : "presence-offline");
      name.setGraphic(dot);
    }
    Label handle = new Label("@" + suggestion.handle());
    handle.getStyleClass().add("mention-handle");
    HBox.setHgrow(name, Priority.ALWAYS);
    name.setMaxWidth(Double.MAX_VALUE);
    HBox row = new HBox(12, name, handle);
    row.setAlignment(Pos.CENTER_LEFT);
    row.getStyleClass().add("mention-suggestion");
    row.setAccessibleText(suggestion.name() + ", @" + suggestion.handle());
    row.setOnMouseClicked(event -> model.pick(index).ifPresent(this::complete));
    return row;
  }

  private void markSelected() {
    for (int i = 0; i < rows.getChildren().size(); i++) {
      rows.getChildren()
          .get(i)
          .pseudoClassStateChanged(SELECTED, i == model.selectedProperty().get());
    }
  }
}
