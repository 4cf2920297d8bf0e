package chat.client.ui.settings;

import atlantafx.base.controls.ToggleSwitch;
import chat.client.config.Settings.ThemeChoice;
import chat.client.ui.Views;
import chat.client.ui.files.SaveChooser;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The settings panel: binds each section to its view model. Controls are found by their ids (the
 * ones tests and CSS use too) rather than injected one field each.
 */
public final class SettingsView {

  private final SettingsViewModel model;
  private final Runnable close;

  @FXML private ScrollPane scroll;
  @FXML private VBox body;

  public SettingsView(SettingsViewModel model, Runnable close) {
    this.model = model;
    this.close = close;
  }

  public Parent load() {
    Parent root = Views.load("Settings.fxml", this);
    find(root, "close-settings", Button.class).setOnAction(event -> close.run());
    return root;
  }

  @FXML
  private void initialize() {
    bindProfile(model.profile());
    bindPreferences(model.preferences());
    rows(model.servers().rows(), "known-servers", row -> ServerRows.of(row, model.servers()));
    rows(model.sessions().rows(), "sessions", row -> SessionRows.of(row, model.sessions()));
    bindRoomLevels(model.roomLevels());
    message("sessions-error", model.sessions().errorProperty());
    button("sign-out-everywhere", model.sessions()::signOutEverywhere);
    model.sessions().load();
    bindPassword(model.password());
    bindAccountData(model.data());
    TwoFactorSection.bind(body, model.twoFactor());
    FocusInView.keep(scroll, body);
  }

  private void bindProfile(ProfileViewModel profile) {
    TextField name = find(body, "display-name", TextField.class);
    name.textProperty().bindBidirectional(profile.nameProperty());
    name.setOnAction(event -> profile.save());
    button("save-display-name", profile::save).disableProperty().bind(profile.canSave().not());
    message("profile-status", profile.statusProperty());
    message("profile-error", profile.errorProperty());
  }

  private void bindPreferences(Preferences preferences) {
    Map<ThemeChoice, String> themes =
        Map.of(
            ThemeChoice.LIGHT, "theme-light",
            ThemeChoice.DARK, "theme-dark",
            ThemeChoice.SYSTEM, "theme-system");
    themes.forEach(
        (choice, id) -> {
          RadioButton toggle = find(body, id, RadioButton.class);
          toggle.setSelected(preferences.themeProperty().get() == choice);
          toggle
              .selectedProperty()
              .addListener(
                  (obs, was, now) -> {
                    if (now) {
                      preferences.themeProperty().set(choice);
                    }
                  });
        });
    RadioButton enterSends = find(body, "enter-sends", RadioButton.class);
    RadioButton ctrlEnterSends = find(body, "ctrl-enter-sends", RadioButton.class);
    (preferences.enterSendsProperty().get() ? enterSends : ctrlEnterSends).setSelected(true);
    enterSends
        .selectedProperty()
        .addListener((obs, was, now) -> preferences.enterSendsProperty().set(now));
    find(body, "do-not-disturb", ToggleSwitch.class)
        .selectedProperty()
        .bindBidirectional(preferences.doNotDisturbProperty());
    find(body, "host-on-start", ToggleSwitch.class)
        .selectedProperty()
        .bindBidirectional(preferences.hostOnStartProperty());
  }

  @SuppressWarnings("unchecked") // the FXML declares the default level's box as a raw ComboBox
  private void bindRoomLevels(RoomLevelsViewModel levels) {
    RoomLevelRows.choices(
        find(body, "default-notify-level", ComboBox.class),
        levels.defaultLevel(),
        levels::changeDefault);
    rows(levels.rows(), "room-levels", row -> RoomLevelRows.of(row, levels));
    find(body, "room-levels-note", Label.class)
        .textProperty()
        .bind(
            Bindings.when(Bindings.isEmpty(levels.rows()))
                .then(
                    "No room has a level of its own: a room's bell menu, above its messages,"
                        + " gives it one.")
                .otherwise("Rooms with a level of their own:"));
  }

  private void bindPassword(PasswordViewModel password) {
    field("current-password", password.currentProperty());
    field("new-password", password.nextProperty());
    field("repeat-password", password.repeatProperty());
    message("password-status", password.statusProperty());
    message("password-error", password.errorProperty());
    button("change-password", password::change).disableProperty().bind(password.canChange().not());
  }

  /** Export asks where to save through the window's {@link SaveChooser}, as attachments do. */
  private void bindAccountData(AccountDataViewModel data) {
    message("export-status", data.exportStatusProperty());
    message("export-error", data.exportErrorProperty());
    button(
            "export-data",
            () -> {
              Window window = body.getScene().getWindow();
              Path target =
                  SaveChooser.of(window).choose(window, AccountDataViewModel.EXPORT_NAME, null);
              if (target != null) {
                data.export(target);
              }
            })
        .disableProperty()
        .bind(data.canExport().not());
    field("delete-password", data.passwordProperty());
    message("delete-error", data.deleteErrorProperty());
    button("delete-account", data::delete).disableProperty().bind(data.canDelete().not());
  }

  private void field(String id, StringProperty text) {
    find(body, id, TextInputControl.class).textProperty().bindBidirectional(text);
  }

  /** A note under a section: takes no room while it says nothing. */
  private void message(String id, StringProperty text) {
    Label label = find(body, id, Label.class);
    label.textProperty().bind(text);
    label.managedProperty().bind(text.isNotEmpty());
  }

  private Button button(String id, Runnable action) {
    Button button = find(body, id, Button.class);
    button.setOnAction(event -> action.run());
    return button;
  }

  /** Shows one node per row, rebuilt whenever the rows change. */
  private <T> void rows(ObservableList<T> rows, String id, Function<T, Node> node) {
    VBox box = find(body, id, VBox.class);
    Runnable show = () -> box.getChildren().setAll(rows.stream().map(node).toList());
    rows.addListener((ListChangeListener<T>) change -> show.run());
    show.run();
  }

  /** The node of {@code id} in the panel, which must be a {@code type}. */
  static <T extends Node> T find(Parent root, String id, Class<T> type) {
    Node node = root.lookup("#" + id);
    if (!type.isInstance(node)) {
      throw new IllegalStateException("Settings.fxml has no " + type.getSimpleName() + " #" + id);
    }
    return type.cast(node);
  }
}
