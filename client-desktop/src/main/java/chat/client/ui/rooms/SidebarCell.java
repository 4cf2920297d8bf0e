package chat.client.ui.rooms;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Draws a sidebar row: a section title, or a room's name with its unread badge. */
public final class SidebarCell extends ListCell<SidebarRow> {

  @Override
  protected void updateItem(SidebarRow row, boolean empty) {
    super.updateItem(row, empty);
    setText(null);
    getStyleClass().remove("section-row");
    accessibleTextProperty().unbind();
    if (empty || row == null) {
      setGraphic(null);
      setAccessibleText(null);
      return;
    }
    switch (row) {
      case SidebarRow.Section section -> {
        getStyleClass().add("section-row");
        Label title = new Label(section.title().toUpperCase(Locale.ROOT));
        title.getStyleClass().add("section");
        setGraphic(title);
        setAccessibleText(section.title());
      }
      case SidebarRow.Entry entry -> setGraphic(roomRow(entry.room()));
    }
  }

  private Region roomRow(RoomItem room) {
    Label name = new Label();
    name.textProperty().bind(room.nameProperty());
    name.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(name, Priority.ALWAYS);
    Label badge = new Label();
    badge.getStyleClass().add("badge");
    badge.textProperty().bind(room.unreadProperty().asString());
    badge.visibleProperty().bind(room.unreadProperty().greaterThan(0));
    badge.managedProperty().bind(badge.visibleProperty());
    accessibleTextProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    room.name()
                        + (room.unreadProperty().get() > 0
                            ? ", " + room.unreadProperty().get() + " unread"
                            : ""),
                room.nameProperty(),
                room.unreadProperty()));
    HBox row = new HBox(8, name, badge);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }
}
