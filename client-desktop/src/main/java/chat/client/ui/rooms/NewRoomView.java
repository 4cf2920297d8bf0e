package chat.client.ui.rooms;

import chat.client.ui.Views;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The new room panel. */
public final class NewRoomView {

  private final NewRoomViewModel model;
  private final Runnable close;

  @FXML private TextField nameField;
  @FXML private CheckBox privateBox;
  @FXML private CheckBox encryptedBox;
  @FXML private Label encryptionNote;
  @FXML private Label errorLabel;
  @FXML private Button createButton;

  public NewRoomView(NewRoomViewModel model, Runnable close) {
    this.model = model;
    this.close = close;
  }

  public Parent load() {
    return Views.load("NewRoom.fxml", this);
  }

  @FXML
  private void initialize() {
    nameField.textProperty().bindBidirectional(model.nameProperty());
    privateBox.selectedProperty().bindBidirectional(model.privateRoomProperty());
    encryptedBox.selectedProperty().bindBidirectional(model.encryptedProperty());
    encryptedBox.disableProperty().bind(model.canEncrypt().not());
    encryptionNote.textProperty().bind(model.encryptionNote());
    encryptionNote.managedProperty().bind(encryptionNote.textProperty().isNotEmpty());
    errorLabel.textProperty().bind(model.errorProperty());
    createButton.disableProperty().bind(model.canCreate().not());
  }

  @FXML
  private void create() {
    model.create();
  }

  @FXML
  private void close() {
    close.run();
  }
}
