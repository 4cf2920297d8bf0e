package chat.client.notify;

import chat.client.config.Settings.NotifyLevel;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;

/**
 * Binds the chat header's notification menu (the open room's level: all, mentions and direct,
 * muted) and the sidebar's "do not disturb" toggle to {@link Alerts}.
 */
public final class AlertControls {

  private final Alerts alerts;
  private final MenuButton levelMenu;
  private final ToggleButton doNotDisturb;

  public AlertControls(Alerts alerts, MenuButton levelMenu, ToggleButton doNotDisturb) {
    this.alerts = alerts;
    this.levelMenu = levelMenu;
    this.doNotDisturb = doNotDisturb;
  }

  public void bind() {
    ToggleGroup group = new ToggleGroup();
    for (NotifyLevel level : NotifyLevel.values()) {
      RadioMenuItem item = new RadioMenuItem(label(level));
      item.setId("notify-" + level.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      item.setToggleGroup(group);
      item.setOnAction(event -> alerts.setLevel(level));
      levelMenu.getItems().add(item);
    }
    alerts.levelProperty().addListener((obs, old, now) -> select(group, now));
    select(group, alerts.levelProperty().get());
    levelMenu
        .accessibleTextProperty()
        .bind(
            Bindings.createStringBinding(
                () -> "Notifications for this room: " + label(alerts.levelProperty().get()),
                alerts.levelProperty()));
    alerts.levelProperty().addListener((obs, old, now) -> showLevel());
    showLevel();
    doNotDisturb.setGraphic(BellIcon.of(true));
    doNotDisturb.setTooltip(new Tooltip("Do not disturb: no notifications from any room"));
    doNotDisturb.selectedProperty().bindBidirectional(alerts.doNotDisturbProperty());
  }

  private void showLevel() {
    NotifyLevel level = alerts.levelProperty().get();
    levelMenu.setGraphic(BellIcon.of(level == NotifyLevel.MUTED));
    levelMenu.setText(shortLabel(level));
    levelMenu.setTooltip(new Tooltip("Notifications for this room: " + label(level)));
  }

  private static String shortLabel(NotifyLevel level) {
    return switch (level) {
      case ALL -> "All";
      case MENTIONS_AND_DIRECT -> "Mentions";
      case MUTED -> "Muted";
    };
  }

  private static void select(ToggleGroup group, NotifyLevel level) {
    group.selectToggle(group.getToggles().get(level.ordinal()));
  }

  /** The level's name in menus and the settings: "Mentions and direct messages". */
  public static String label(NotifyLevel level) {
    return switch (level) {
      case ALL -> "All messages";
      case MENTIONS_AND_DIRECT -> "Mentions and direct messages";
      case MUTED -> "Muted";
    };
  }
}
