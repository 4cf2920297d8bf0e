package chat.client.ui;

import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

/** Binds the controls of a {@link PickerViewModel}'s panel, the same way for every such panel. */
public final class Pickers {

  private Pickers() {}

  /**
   * Binds the query field, the error label and the result list (showing each item as {@code text}
   * says) to {@code model}; {@code choose} is enabled while an item is selected, and {@code
   * chooseSelected} also runs on a double click in the list.
   */
  public static <T> void bind(
      PickerViewModel<T> model,
      TextField query,
      ListView<T> results,
      Label error,
      Button choose,
      Function<T, String> text,
      Runnable chooseSelected) {
    query.textProperty().bindBidirectional(model.queryProperty());
    error.textProperty().bind(model.errorProperty());
    results.setItems(model.results());
    results.setCellFactory(
        list ->
            new ListCell<>() {
              @Override
              protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
              }
            });
    choose.disableProperty().bind(results.getSelectionModel().selectedItemProperty().isNull());
    results.setOnMouseClicked(
        event -> {
          if (event.getClickCount() == 2) {
            chooseSelected.run();
          }
        });
  }
}
