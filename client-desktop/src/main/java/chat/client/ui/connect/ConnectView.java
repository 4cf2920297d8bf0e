package chat.client.ui.connect;

import chat.client.discovery.FoundServer;
import chat.protocol.CertificateFingerprint;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Binds the connect screen to its view model. */
public final class ConnectView {

  private final ConnectViewModel model;

  @FXML private TextField addressField;
  @FXML private Button connectButton;
  @FXML private Label errorLabel;
  @FXML private Label recentLabel;
  @FXML private ListView<String> recentList;
  @FXML private ListView<FoundServer> nearbyList;
  @FXML private TextField httpPortField;
  @FXML private TextField wsPortField;
  @FXML private Button hostButton;
  @FXML private Label hostStatusLabel;
  @FXML private VBox certificatePane;
  @FXML private Label certificateMessage;
  @FXML private Label certificateFingerprint;
  @FXML private Button trustButton;
  @FXML private Button forgetButton;

  public ConnectView(ConnectViewModel model) {
    this.model = model;
  }

  @FXML
  private void initialize() {
    addressField.textProperty().bindBidirectional(model.connecting().addressProperty());
    errorLabel.textProperty().bind(model.connecting().errorProperty());
    httpPortField.textProperty().bindBidirectional(model.hosting().httpPortProperty());
    wsPortField.textProperty().bindBidirectional(model.hosting().wsPortProperty());
    hostStatusLabel.textProperty().bind(model.hosting().statusProperty());
    connectButton.disableProperty().bind(model.connecting().busyProperty());
    hostButton.disableProperty().bind(model.connecting().busyProperty());
    bindCertificateCheck();
    recentList.setItems(model.connecting().recentServers());
    recentList.visibleProperty().bind(Bindings.isNotEmpty(model.connecting().recentServers()));
    recentList.managedProperty().bind(recentList.visibleProperty());
    recentLabel.visibleProperty().bind(recentList.visibleProperty());
    recentLabel.managedProperty().bind(recentList.visibleProperty());
    pickFrom(recentList, model.connecting().addressProperty()::set);
    nearbyList.setItems(model.nearby().servers());
    nearbyList.setCellFactory(list -> new NearbyCell());
    nearbyList.setPlaceholder(new Label("No server found on your network yet"));
    pickFrom(nearbyList, model.connecting()::choose);
  }

  /** Picking an entry fills in its address; a double click also connects. */
  private <T> void pickFrom(ListView<T> list, Consumer<T> fill) {
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, picked) -> {
              if (picked != null) {
                fill.accept(picked);
              }
            });
    list.setOnMouseClicked(
        event -> {
          T picked = list.getSelectionModel().getSelectedItem();
          if (picked != null && event.getClickCount() == 2) {
            fill.accept(picked);
            model.connecting().connect();
          }
        });
  }

  /** A found server: its name and address. */
  private static final class NearbyCell extends ListCell<FoundServer> {
    @Override
    protected void updateItem(FoundServer server, boolean empty) {
      super.updateItem(server, empty);
      setText(empty || server == null ? null : server.label());
    }
  }

  private void bindCertificateCheck() {
    ObjectProperty<CertificateCheck> check = model.connecting().certificateCheckProperty();
    BooleanBinding asked = check.isNotNull();
    BooleanBinding changed =
        Bindings.createBooleanBinding(() -> check.get() != null && check.get().changed(), check);
    certificatePane.visibleProperty().bind(asked);
    certificatePane.managedProperty().bind(asked);
    certificateMessage
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> check.get() == null ? "" : check.get().message(), check));
    certificateFingerprint
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    check.get() == null
                        ? ""
                        : CertificateFingerprint.inTwoLines(check.get().presented()),
                check));
    trustButton.visibleProperty().bind(asked.and(changed.not()));
    trustButton.managedProperty().bind(trustButton.visibleProperty());
    forgetButton.visibleProperty().bind(changed);
    forgetButton.managedProperty().bind(changed);
    changed.addListener(
        (obs, was, now) -> {
          certificateMessage.getStyleClass().remove("error-text");
          if (now) {
            certificateMessage.getStyleClass().add("error-text");
          }
        });
  }

  @FXML
  private void trustCertificate() {
    model.connecting().trustCertificate();
  }

  @FXML
  private void forgetCertificate() {
    model.connecting().forgetCertificate();
  }

  @FXML
  private void cancelCertificate() {
    model.connecting().cancelCertificate();
  }

  @FXML
  private void connect() {
    model.connecting().connect();
  }

  @FXML
  private void host() {
    model.hosting().hostHere();
  }
}
