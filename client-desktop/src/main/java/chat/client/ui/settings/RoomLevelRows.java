package chat.client.ui.settings;

import chat.client.config.Settings.NotifyLevel;
import chat.client.notify.AlertControls;
import chat.client.ui.settings.RoomLevelsViewModel.Row;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/** One room with a level of its own in the settings: its name, its level, and Use default. */
final class RoomLevelRows {

  private RoomLevelRows() {}

  static Node of(Row row, RoomLevelsViewModel levels) {
    Label name = new Label(row.name());
    name.getStyleClass().add("text-bold");
    name.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(name, Priority.ALWAYS);
    ComboBox<NotifyLevel> level = new ComboBox<>();
    level.getItems().setAll(NotifyLevel.values());
    level.setConverter(new LevelNames());
    level.setValue(levels.level(row));
    level.getStyleClass().addAll("small", "room-level");
    level.setAccessibleText("Notifications for " + row.name());
    level.setOnAction(event -> levels.change(row, level.getValue()));
    HBox box =
        new HBox(
            8,
            name,
            level,
            ServerRows.button(
                "Use default",
                "room-level-default",
                "Notify of every message in " + row.name() + ", as in the other rooms",
                () -> levels.backToDefault(row)));
    box.setAlignment(Pos.CENTER_LEFT);
    box.getStyleClass().add("settings-row");
    return box;
  }

  /** Shows each level by the name the room header's menu gives it. */
  private static final class LevelNames extends StringConverter<NotifyLevel> {

    @Override
    public String toString(NotifyLevel level) {
      return level == null ? "" : AlertControls.label(level);
    }

    @Override
    public NotifyLevel fromString(String text) {
      throw new UnsupportedOperationException("the list is not editable");
    }
  }
}
