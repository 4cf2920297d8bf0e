package chat.client.ui.settings;

import atlantafx.base.controls.ToggleSwitch;
import chat.client.config.Settings.ThemeChoice;
import chat.client.ui.Views;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/** The settings panel: binds each section to its view model. */
public final class SettingsView {

  private final SettingsViewModel model;
  private final Runnable close;

  @FXML private TextField displayNameField;
  @FXML private Button saveNameButton;
  @FXML private Label profileStatus;
  @FXML private Label profileError;
  @FXML private ToggleGroup themeGroup;
  @FXML private RadioButton themeLight;
  @FXML private RadioButton themeDark;
  @FXML private RadioButton themeSystem;
  @FXML private RadioButton enterSendsButton;
  @FXML private RadioButton ctrlEnterSendsButton;
  @FXML private ToggleSwitch doNotDisturbSwitch;
  @FXML private VBox serverRows;
  @FXML private VBox sessionRows;
  @FXML private Label sessionsError;
  @FXML private PasswordField currentPasswordField;
  @FXML private PasswordField newPasswordField;
  @FXML private PasswordField repeatPasswordField;
  @FXML private Label passwordStatus;
  @FXML private Label passwordError;
  @FXML private Button changePasswordButton;
  @FXML private ScrollPane scroll;
  @FXML private VBox body;

  public SettingsView(SettingsViewModel model, Runnable close) {
    this.model = model;
    this.close = close;
  }

  public Parent load() {
    return Views.load("Settings.fxml", this);
  }

  @FXML
  private void initialize() {
    ProfileViewModel profile = model.profile();
    displayNameField.textProperty().bindBidirectional(profile.nameProperty());
    displayNameField.setOnAction(event -> saveName());
    saveNameButton.disableProperty().bind(profile.canSave().not());
    profileStatus.textProperty().bind(profile.statusProperty());
    profileError.textProperty().bind(profile.errorProperty());
    bindPreferences(model.preferences());
    rows(model.servers().rows(), serverRows, row -> ServerRows.of(row, model.servers()));
    rows(model.sessions().rows(), sessionRows, row -> SessionRows.of(row, model.sessions()));
    sessionsError.textProperty().bind(model.sessions().errorProperty());
    model.sessions().load();
    PasswordViewModel password = model.password();
    currentPasswordField.textProperty().bindBidirectional(password.currentProperty());
    newPasswordField.textProperty().bindBidirectional(password.nextProperty());
    repeatPasswordField.textProperty().bindBidirectional(password.repeatProperty());
    passwordStatus.textProperty().bind(password.statusProperty());
    passwordError.textProperty().bind(password.errorProperty());
    changePasswordButton.disableProperty().bind(password.canChange().not());
    FocusInView.keep(scroll, body);
    for (Label message :
        List.of(profileStatus, profileError, sessionsError, passwordStatus, passwordError)) {
      message.managedProperty().bind(message.textProperty().isNotEmpty());
    }
  }

  private void bindPreferences(Preferences preferences) {
    Map<ThemeChoice, Toggle> themes =
        Map.of(
            ThemeChoice.LIGHT,
            themeLight,
            ThemeChoice.DARK,
            themeDark,
            ThemeChoice.SYSTEM,
            themeSystem);
    themeGroup.selectToggle(themes.get(preferences.themeProperty().get()));
    themes.forEach(
        (choice, toggle) ->
            toggle
                .selectedProperty()
                .addListener(
                    (obs, was, now) -> {
                      if (now) {
                        preferences.themeProperty().set(choice);
                      }
                    }));
    (preferences.enterSendsProperty().get() ? enterSendsButton : ctrlEnterSendsButton)
        .setSelected(true);
    enterSendsButton
        .selectedProperty()
        .addListener((obs, was, now) -> preferences.enterSendsProperty().set(now));
    doNotDisturbSwitch.selectedProperty().bindBidirectional(preferences.doNotDisturbProperty());
  }

  /** Shows one node per row in {@code box}, rebuilt whenever the rows change. */
  private static <T> void rows(ObservableList<T> rows, VBox box, Function<T, Node> node) {
    Runnable show = () -> box.getChildren().setAll(rows.stream().map(node).toList());
    rows.addListener((ListChangeListener<T>) change -> show.run());
    show.run();
  }

  @FXML
  private void saveName() {
    model.profile().save();
  }

  @FXML
  private void signOutEverywhere() {
    model.sessions().signOutEverywhere();
  }

  @FXML
  private void changePassword() {
    model.password().change();
  }

  @FXML
  private void close() {
    close.run();
  }
}
