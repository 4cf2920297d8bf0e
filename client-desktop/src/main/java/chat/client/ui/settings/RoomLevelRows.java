package chat.client.ui.settings;

import chat.client.config.Settings.NotifyLevel;
import chat.client.notify.AlertControls;
import chat.client.ui.settings.RoomLevelsViewModel.Row;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * One room with a level of its own in the settings: its name, its level, and Use default; and the
 * choice of a level, for these rows and the default level.
 */
final class RoomLevelRows {

  private RoomLevelRows() {}

  static Node of(Row row, RoomLevelsViewModel levels) {
    Label name = new Label(row.name());
    name.getStyleClass().add("text-bold");
    name.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(name, Priority.ALWAYS);
    ComboBox<NotifyLevel> level = new ComboBox<>();
    choices(level, levels.level(row), chosen -> levels.change(row, chosen));
    level.getStyleClass().add("room-level");
    level.setAccessibleText("Notifications for " + row.name());
    HBox box =
        new HBox(
            8,
            name,
            level,
            ServerRows.button(
                "Use default",
                "room-level-default",
                "Give " + row.name() + " the default level, as the rooms not listed",
                () -> levels.backToDefault(row)));
    box.setAlignment(Pos.CENTER_LEFT);
    box.getStyleClass().add("settings-row");
    return box;
  }

  /** Offers the three levels in {@code box}, by their names in the header's menu. */
  static void choices(ComboBox<NotifyLevel> box, NotifyLevel now, Consumer<NotifyLevel> chosen) {
    box.getItems().setAll(NotifyLevel.values());
    box.setConverter(new LevelNames());
    box.setValue(now);
    box.getStyleClass().add("small");
    box.setOnAction(event -> chosen.accept(box.getValue()));
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
