package chat.client.ui.moderation;

import chat.client.ui.Views;
import chat.protocol.model.RoomBanEntry;
import chat.protocol.model.RoomRole;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** The room settings panel: the slow mode chosen from a list, the bans with Unban. */
public final class RoomSettingsView {

  private final RoomSettingsViewModel model;
  private final Runnable close;

  @FXML private ComboBox<Integer> slowModeChoice;
  @FXML private ListView<RoomSettingsViewModel.Staff> staffList;
  @FXML private Button makeMemberButton;
  @FXML private ListView<RoomBanEntry> banList;
  @FXML private Label errorLabel;
  @FXML private Button unbanButton;

  public RoomSettingsView(RoomSettingsViewModel model, Runnable close) {
    this.model = model;
    this.close = close;
  }

  public Parent load() {
    return Views.load("RoomSettings.fxml", this);
  }

  @FXML
  private void initialize() {
    slowModeChoice.getItems().setAll(RoomSettingsViewModel.SLOW_MODES);
    slowModeChoice.setButtonCell(new SlowModeCell());
    slowModeChoice.setCellFactory(list -> new SlowModeCell());
    slowModeChoice.setValue(model.chosenSlowModeProperty().get());
    model.chosenSlowModeProperty().addListener((obs, old, now) -> slowModeChoice.setValue(now));
    slowModeChoice.setOnAction(
        event -> {
          Integer chosen = slowModeChoice.getValue();
          if (chosen != null && !chosen.equals(model.chosenSlowModeProperty().get())) {
            model.setSlowMode(chosen);
          }
        });
    staffList.setItems(model.staff());
    staffList.setCellFactory(
        list ->
            new ListCell<>() {
              @Override
              protected void updateItem(RoomSettingsViewModel.Staff member, boolean empty) {
                super.updateItem(member, empty);
                setText(empty || member == null ? null : RoomSettingsViewModel.describe(member));
              }
            });
    makeMemberButton.visibleProperty().bind(model.changesRolesProperty());
    makeMemberButton.managedProperty().bind(model.changesRolesProperty());
    makeMemberButton
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> {
                  RoomSettingsViewModel.Staff chosen =
                      staffList.getSelectionModel().getSelectedItem();
                  return chosen == null || chosen.role() != RoomRole.MODERATOR;
                },
                staffList.getSelectionModel().selectedItemProperty()));
    makeMemberButton.setOnAction(
        event -> model.makeMember(staffList.getSelectionModel().getSelectedItem()));
    banList.setItems(model.bans());
    banList.setCellFactory(
        list ->
            new ListCell<>() {
              @Override
              protected void updateItem(RoomBanEntry ban, boolean empty) {
                super.updateItem(ban, empty);
                setText(empty || ban == null ? null : model.describe(ban));
              }
            });
    unbanButton.disableProperty().bind(banList.getSelectionModel().selectedItemProperty().isNull());
    unbanButton.setOnAction(event -> model.unban(banList.getSelectionModel().getSelectedItem()));
    errorLabel.textProperty().bind(model.errorProperty());
  }

  @FXML
  private void close() {
    close.run();
  }

  private static final class SlowModeCell extends ListCell<Integer> {
    @Override
    protected void updateItem(Integer seconds, boolean empty) {
      super.updateItem(seconds, empty);
      setText(empty || seconds == null ? null : RoomSettingsViewModel.describeSlowMode(seconds));
    }
  }
}
