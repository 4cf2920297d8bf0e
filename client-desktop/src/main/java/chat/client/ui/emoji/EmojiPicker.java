package chat.client.ui.emoji;

import chat.client.ui.emoji.EmojiCatalog.Category;
import chat.client.ui.emoji.EmojiCatalog.Emoji;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
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
 * The emoji picker popup: a search field, the emoji picked last ("Recent"), a tab per category and
 * a grid of colour emoji. The composer's picker inserts each emoji picked at the caret (replacing a
 * selection) and stays open for more; the reactions' picker closes after one. Esc or a click
 * outside closes either.
 */
public final class EmojiPicker {

  private static final double CHOICE_SIZE = 24;
  private static final double BUTTON_SIZE = 18;

  private final EmojiPickerViewModel model;
  private final boolean closesOnPick;
  private final Popup popup = new Popup();
  private final TextField search = new TextField();
  private final TilePane grid = new TilePane();
  private final TilePane recentGrid = new TilePane();
  private final VBox content = new VBox(8);
  private Consumer<String> picked = emoji -> {};

  private EmojiPicker(ObservableList<String> recent, boolean closesOnPick) {
    this.model = new EmojiPickerViewModel(EmojiCatalog.categories(), recent);
    this.closesOnPick = closesOnPick;
    build();
  }

  /**
   * Makes {@code button} open the picker, which inserts into {@code target}; {@code recent} holds
   * the emoji picked last, most recent first, and follows each pick.
   */
  public static void attach(Button button, TextInputControl target, ObservableList<String> recent) {
    EmojiPicker picker = new EmojiPicker(recent, false);
    picker.picked = target::replaceSelection;
    String smile = "\uD83D\uDE42";
    EmojiImages.view(smile, BUTTON_SIZE)
        .ifPresentOrElse(button::setGraphic, () -> button.setText(smile));
    button.setTooltip(new Tooltip("Emoji"));
    button.disableProperty().bind(target.disableProperty());
    button.setOnAction(
        event -> {
          if (picker.popup.isShowing()) {
            picker.popup.hide();
          } else {
            picker.showAbove(button);
          }
        });
  }

  /** A picker for reactions: each {@link #pick} closes it after one emoji. */
  public static EmojiPicker forReactions(ObservableList<String> recent) {
    return new EmojiPicker(recent, true);
  }

  /** Opens the picker above {@code anchor}; the emoji picked goes to {@code then}. */
  public void pick(Node anchor, Consumer<String> then) {
    picked = then;
    showAbove(anchor);
  }

  private void build() {
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
    recentGrid.setId("emoji-recent");
    recentGrid.getStyleClass().add("emoji-grid");
    recentGrid.setPrefColumns(9);
    Label recentTitle = new Label("Recent");
    recentTitle.getStyleClass().add("emoji-section");
    VBox recentBox = new VBox(2, recentTitle, recentGrid);
    recentBox.visibleProperty().bind(Bindings.isNotEmpty(model.recent()));
    recentBox.managedProperty().bind(recentBox.visibleProperty());
    model.recent().addListener((ListChangeListener<String>) change -> fillRecent());
    fillRecent();
    content.getChildren().setAll(search, recentBox, tabs(), scroll);
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

  private void fillRecent() {
    recentGrid
        .getChildren()
        .setAll(model.recent().stream().map(text -> choice(text, model.nameOf(text))).toList());
  }

  private Node choice(Emoji emoji) {
    return choice(emoji.text(), emoji.name());
  }

  private Node choice(String text, String name) {
    Button choice = new Button();
    EmojiImages.view(text, CHOICE_SIZE)
        .ifPresentOrElse(choice::setGraphic, () -> choice.setText(text));
    choice.getStyleClass().addAll("flat", "emoji-choice");
    choice.setUserData(text);
    choice.setAccessibleText(name);
    choice.setTooltip(new Tooltip(name));
    choice.setOnAction(event -> picked(text));
    return choice;
  }

  private void picked(String emoji) {
    Consumer<String> then = picked;
    if (closesOnPick) {
      popup.hide();
    }
    then.accept(emoji);
    model.picked(emoji);
  }

  private void showAbove(Node anchor) {
    Bounds bounds = anchor.localToScreen(anchor.getBoundsInLocal());
    if (bounds == null) {
      return;
    }
    model.queryProperty().set("");
    content.getStylesheets().setAll(anchor.getScene().getStylesheets());
    popup.show(anchor, bounds.getMinX(), bounds.getMinY());
    // Above the button, right edges aligned, once shown (its size is known from then on).
    popup.setX(Math.max(0, bounds.getMaxX() - popup.getWidth()));
    popup.setY(Math.max(0, bounds.getMinY() - popup.getHeight() - 4));
  }
}
