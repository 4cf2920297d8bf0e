package chat.client.ui.people;

import chat.client.ui.Pickers;
import chat.client.ui.Views;
import chat.protocol.model.User;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

/** The "message someone" panel. */
public final class NewDirectView {

  private final NewDirectViewModel model;
  private final Runnable close;

  @FXML private TextField queryField;
  @FXML private ListView<User> resultList;
  @FXML private Label errorLabel;
  @FXML private Button openButton;

  public NewDirectView(NewDirectViewModel model, Runnable close) {
    this.model = model;
    this.close = close;
  }

  public Parent load() {
    return Views.load("NewDirect.fxml", this);
  }

  @FXML
  private void initialize() {
    Pickers.bind(model, queryField, resultList, errorLabel, openButton, User::username, this::open);
  }

  @FXML
  private void open() {
    model.open(resultList.getSelectionModel().getSelectedItem());
  }

  @FXML
  private void close() {
    close.run();
  }
}
