package chat.client.ui.host;

import chat.client.ui.Views;
import chat.client.ui.invite.InviteLinkView;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The host panel, shown over the main window. Addresses are read-only fields, so that they can be
 * selected and copied; the invite link for newcomers comes with a Copy button and a QR code; who is
 * connected is asked again every {@link #REFRESH}.
 */
public final class HostPanelView {

  static final Duration REFRESH = Duration.seconds(3);

  private final HostPanelViewModel model;
  private final HostInvite invite;
  private final Runnable close;

  @FXML private VBox addressBox;
  @FXML private VBox fingerprintBox;
  @FXML private Label fingerprintLabel;
  @FXML private Label inviteNote;
  @FXML private VBox inviteBox;
  @FXML private Label uptimeLabel;
  @FXML private Label peopleTitle;
  @FXML private ListView<String> peopleList;
  @FXML private HBox questionBox;
  @FXML private Label questionLabel;
  @FXML private Label errorLabel;
  @FXML private Button stopButton;

  /**
   * @param invite the invite link for newcomers
   */
  public HostPanelView(HostPanelViewModel model, HostInvite invite, Runnable close) {
    this.model = model;
    this.invite = invite;
    this.close = close;
  }

  @FXML
  private void initialize() {
    for (String address : model.addresses()) {
      TextField field = new TextField(address);
      field.setEditable(false);
      field.getStyleClass().add("host-address");
      field.setAccessibleText("Address to share: " + address);
      addressBox.getChildren().add(field);
    }
    fingerprintLabel.setText(model.fingerprint());
    fingerprintBox.setVisible(!model.fingerprint().isEmpty());
    fingerprintBox.setManaged(fingerprintBox.isVisible());
    inviteBox.getChildren().setAll(InviteLinkView.of(invite.linkProperty(), "host-invite"));
    inviteNote.textProperty().bind(invite.noteProperty());
    inviteNote.managedProperty().bind(invite.noteProperty().isNotEmpty());
    invite.load();
    uptimeLabel.textProperty().bind(model.uptimeProperty());
    peopleTitle.textProperty().bind(model.peopleTitleProperty());
    peopleList.setItems(model.people());
    questionLabel.textProperty().bind(model.questionProperty());
    questionBox.visibleProperty().bind(model.questionProperty().isNotEmpty());
    questionBox.managedProperty().bind(questionBox.visibleProperty());
    errorLabel.textProperty().bind(model.errorProperty());
    errorLabel.visibleProperty().bind(model.errorProperty().isNotEmpty());
    errorLabel.managedProperty().bind(errorLabel.visibleProperty());
    stopButton.disableProperty().bind(model.busyProperty().or(questionBox.visibleProperty()));
    Timeline refresher = new Timeline(new KeyFrame(REFRESH, event -> model.refresh()));
    refresher.setCycleCount(Timeline.INDEFINITE);
    refresher.play();
    addressBox
        .sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (scene == null) {
                refresher.stop();
              }
            });
  }

  public Parent load() {
    return Views.load("HostPanel.fxml", this);
  }

  @FXML
  private void stop() {
    model.stop();
  }

  @FXML
  private void confirmStop() {
    model.confirmStop();
  }

  @FXML
  private void cancelStop() {
    model.cancelStop();
  }

  @FXML
  private void close() {
    close.run();
  }
}
