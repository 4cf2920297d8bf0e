package chat.client.ui.jump;

import chat.client.ui.Views;
import chat.client.ui.rooms.RoomItem;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * The Ctrl+K room switcher: Enter opens the selected (or first) match, Down moves into the list.
 */
public final class JumpView {

  private final JumpViewModel model;
  private final Runnable close;

  @FXML private TextField queryField;
  @FXML private ListView<RoomItem> matchList;

  public JumpView(JumpViewModel model, Runnable close) {
    this.model = model;
    this.close = close;
  }

  public Parent load() {
    return Views.load("Jump.fxml", this);
  }

  @FXML
  private void initialize() {
    queryField.textProperty().bindBidirectional(model.queryProperty());
    matchList.setItems(model.matches());
    matchList.setCellFactory(
        list ->
            new ListCell<>() {
              @Override
              protected void updateItem(RoomItem room, boolean empty) {
                super.updateItem(room, empty);
                setText(empty || room == null ? null : room.name());
              }
            });
    queryField.setOnAction(event -> choose());
    queryField.setOnKeyPressed(
        event -> {
          if (event.getCode() == KeyCode.DOWN && !model.matches().isEmpty()) {
            matchList.requestFocus();
            matchList.getSelectionModel().selectFirst();
          }
        });
    matchList.setOnKeyPressed(
        event -> {
          if (event.getCode() == KeyCode.ENTER) {
            choose();
          }
        });
    matchList.setOnMouseClicked(event -> choose());
  }

  private void choose() {
    model.choose(matchList.getSelectionModel().getSelectedItem());
    close.run();
  }
}
