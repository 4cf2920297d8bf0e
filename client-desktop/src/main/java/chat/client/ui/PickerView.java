package chat.client.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

/**
 * The controller of every picker panel ("message someone", the public rooms): a query, the results,
 * an error line, and a button that enters the selected result's room. Only the panel's FXML, which
 * lies beside its view model's class, differs.
 */
public final class PickerView<T> {

  private final PickerViewModel<T> model;
  private final Runnable close;

  @FXML private TextField queryField;
  @FXML private ListView<T> resultList;
  @FXML private Label errorLabel;
  @FXML private Button chooseButton;

  /** {@code close} closes the panel. */
  public PickerView(PickerViewModel<T> model, Runnable close) {
    this.model = model;
    this.close = close;
  }

  /** Loads the panel {@code fxml}, found beside the view model's class. */
  public Parent load(String fxml) {
    return Views.load(model.getClass(), fxml, this);
  }

  @FXML
  private void initialize() {
    queryField.textProperty().bindBidirectional(model.queryProperty());
    errorLabel.textProperty().bind(model.errorProperty());
    resultList.setItems(model.results());
    resultList.setCellFactory(
        list ->
            new ListCell<>() {
              @Override
              protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.describe(item));
              }
            });
    chooseButton
        .disableProperty()
        .bind(resultList.getSelectionModel().selectedItemProperty().isNull());
    resultList.setOnMouseClicked(
        event -> {
          if (event.getClickCount() == 2) {
            choose();
          }
        });
  }

  @FXML
  private void choose() {
    model.choose(resultList.getSelectionModel().getSelectedItem());
  }

  @FXML
  private void close() {
    close.run();
  }
}
