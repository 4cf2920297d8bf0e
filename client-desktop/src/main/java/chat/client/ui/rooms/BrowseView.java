package chat.client.ui.rooms;

import chat.client.ui.Pickers;
import chat.client.ui.Views;
import chat.protocol.model.Room;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
    Pickers.bind(
        model,
        queryField,
        resultList,
        errorLabel,
        joinButton,
        room -> room.name() + "  ·  " + members(room),
        this::join);
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
