package chat.client.ui.search;

import chat.client.ui.Views;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * The Ctrl+F panel: Enter in the field searches, Down moves into the results, Enter or a click on a
 * result shows it in its room. The syntax hints stand where the results will be until there are
 * some; the next page loads when the last result comes into view.
 */
public final class SearchView {

  private final SearchViewModel model;
  private final Runnable close;

  @FXML private TextField queryField;
  @FXML private VBox hints;
  @FXML private Label statusLabel;
  @FXML private ListView<SearchResult> resultList;

  public SearchView(SearchViewModel model, Runnable close) {
    this.model = model;
    this.close = close;
  }

  public Parent load() {
    return Views.load("Search.fxml", this);
  }

  @FXML
  private void initialize() {
    queryField.textProperty().bindBidirectional(model.queryProperty());
    queryField.setOnAction(event -> model.search());
    queryField.setOnKeyPressed(
        event -> {
          if (event.getCode() == KeyCode.DOWN && !model.results().isEmpty()) {
            resultList.requestFocus();
            resultList.getSelectionModel().selectFirst();
          }
        });
    hints.visibleProperty().bind(Bindings.isEmpty(model.results()));
    hints.managedProperty().bind(hints.visibleProperty());
    statusLabel.textProperty().bind(model.statusProperty());
    statusLabel.visibleProperty().bind(model.statusProperty().isNotEmpty());
    statusLabel.managedProperty().bind(statusLabel.visibleProperty());
    resultList.visibleProperty().bind(hints.visibleProperty().not());
    resultList.managedProperty().bind(resultList.visibleProperty());
    resultList.setItems(model.results());
    resultList.setCellFactory(list -> new SearchResultCell(model::loadMore));
    resultList.setOnKeyPressed(
        event -> {
          if (event.getCode() == KeyCode.ENTER) {
            choose();
          }
        });
    resultList.setOnMouseClicked(event -> choose());
  }

  private void choose() {
    SearchResult chosen = resultList.getSelectionModel().getSelectedItem();
    if (chosen != null) {
      model.choose(chosen);
      close.run();
    }
  }

  @FXML
  private void close() {
    close.run();
  }
}
