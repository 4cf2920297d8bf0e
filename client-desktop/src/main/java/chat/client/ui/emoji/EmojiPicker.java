package chat.client.ui.emoji;

import chat.client.ui.emoji.EmojiCatalog.Category;
import chat.client.ui.emoji.EmojiCatalog.Emoji;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/**
 * The composer's emoji button and the popup it opens: a search field, a tab per category and a grid
 * of colour emoji. Picking one inserts its code points at the caret (replacing a selection) and
 * keeps the popup open for more; Esc or a click outside closes it.
 */
public final class EmojiPicker {

  private static final double CHOICE_SIZE = 24;
  private static final double BUTTON_SIZE = 18;

  private final EmojiPickerViewModel model = new EmojiPickerViewModel(EmojiCatalog.categories());
  private final Button button;
  private final TextInputControl target;
  private final Popup popup = new Popup();
  private final TextField search = new TextField();
  private final TilePane grid = new TilePane();
  private final VBox content = new VBox(8);

  private EmojiPicker(Button button, TextInputControl target) {
    this.button = button;
    this.target = target;
  }

  /** Makes {@code button} open the picker, which inserts into {@code target}. */
  public static void attach(Button button, TextInputControl target) {
    new EmojiPicker(button, target).bind();
  }

  private void bind() {
    String smile = "\uD83D\uDE42";
    EmojiImages.view(smile, BUTTON_SIZE)
        .ifPresentOrElse(button::setGraphic, () -> button.setText(smile));
    button.setTooltip(new Tooltip("Emoji"));
    button.disableProperty().bind(target.disableProperty());
    button.setOnAction(event -> toggle());
    search.setId("emoji-search");
    search.setPromptText("Search emoji");
    search.setAccessibleText("Search emoji");
    search.textProperty().bindBidirectional(model.queryProperty());
    grid.setId("emoji-grid");
    grid.getStyleClass().add("emoji-grid");
    grid.setPrefColumns(9);
    model.shown().addListener((ListChangeListener<Emoji>) change -> fill());
    fill();
    ScrollPane scroll = new ScrollPane(grid);
    scroll.setFitToWidth(true);
    scroll.setPrefViewportHeight(220);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    content.getChildren().setAll(search, tabs(), scroll);
    content.setId("emoji-picker");
    content.getStyleClass().add("emoji-picker");
    popup.getContent().add(content);
    popup.setAutoHide(true);
    popup.setHideOnEscape(true);
    popup.setOnShown(event -> search.requestFocus());
    content.setOnKeyPressed(
        event -> {
          if (event.getCode() == KeyCode.ESCAPE) {
            popup.hide();
          }
        });
  }

  private HBox tabs() {
    ToggleGroup group = new ToggleGroup();
    HBox tabs = new HBox(2);
    tabs.getStyleClass().add("emoji-tabs");
    for (Category category : model.categories()) {
      ToggleButton tab = new ToggleButton();
      String first = category.emoji().getFirst().text();
      EmojiImages.view(first, BUTTON_SIZE)
          .ifPresentOrElse(tab::setGraphic, () -> tab.setText(first));
      tab.setTooltip(new Tooltip(category.name()));
      tab.setAccessibleText(category.name());
      tab.setToggleGroup(group);
      tab.setSelected(category == model.categoryProperty().get());
      tab.setOnAction(
          event -> {
            tab.setSelected(true);
            model.queryProperty().set("");
            model.categoryProperty().set(category);
          });
      tabs.getChildren().add(tab);
    }
    return tabs;
  }

  private void fill() {
    grid.getChildren().setAll(model.shown().stream().map(this::choice).toList());
    if (model.shown().isEmpty()) {
      grid.getChildren().add(new Label("No emoji found"));
    }
  }

  private Node choice(Emoji emoji) {
    Button choice = new Button();
    EmojiImages.view(emoji.text(), CHOICE_SIZE)
        .ifPresentOrElse(choice::setGraphic, () -> choice.setText(emoji.text()));
    choice.getStyleClass().addAll("flat", "emoji-choice");
    choice.setUserData(emoji.text());
    choice.setAccessibleText(emoji.name());
    choice.setTooltip(new Tooltip(emoji.name()));
    choice.setOnAction(event -> insert(emoji.text()));
    return choice;
  }

  private void insert(String emoji) {
    target.replaceSelection(emoji);
  }

  private void toggle() {
    if (popup.isShowing()) {
      popup.hide();
      return;
    }
    Bounds bounds = button.localToScreen(button.getBoundsInLocal());
    if (bounds == null) {
      return;
    }
    content.getStylesheets().setAll(button.getScene().getStylesheets());
    popup.show(button, bounds.getMinX(), bounds.getMinY());
    // Above the button, right edges aligned, once shown (its size is known from then on).
    popup.setX(Math.max(0, bounds.getMaxX() - popup.getWidth()));
    popup.setY(Math.max(0, bounds.getMinY() - popup.getHeight() - 4));
  }
}
