package chat.client.ui.rooms;

import chat.client.ui.Views;
import chat.protocol.model.Room;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

/** The public rooms panel. */
public final class BrowseView {

  private final BrowseViewModel model;
  private final Runnable close;

  @FXML private TextField queryField;
  @FXML private ListView<Room> resultList;
  @FXML private Label errorLabel;
  @FXML private Button joinButton;

  public BrowseView(BrowseViewModel model, Runnable close) {
    this.model = model;
    this.close = close;
  }

  public Parent load() {
    return Views.load("Browse.fxml", this);
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
              protected void updateItem(Room room, boolean empty) {
                super.updateItem(room, empty);
                setText(empty || room == null ? null : room.name() + "  ·  " + members(room));
              }
            });
    joinButton
        .disableProperty()
        .bind(resultList.getSelectionModel().selectedItemProperty().isNull());
    resultList.setOnMouseClicked(
        event -> {
          if (event.getClickCount() == 2) {
            join();
          }
        });
  }

  private static String members(Room room) {
    return room.memberCount() == 1 ? "1 member" : room.memberCount() + " members";
  }

  @FXML
  private void join() {
    model.join(resultList.getSelectionModel().getSelectedItem());
  }

  @FXML
  private void close() {
    close.run();
  }
}
