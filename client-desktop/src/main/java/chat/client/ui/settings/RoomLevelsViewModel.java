package chat.client.ui.settings;

import chat.client.config.Settings.NotifyLevel;
import chat.client.notify.Alerts;
import chat.client.ui.rooms.RoomItem;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The settings' notification levels: the default level, for every room without a level of its own,
 * and the user's rooms on this server that have one, each changeable or sent back to the default.
 * The levels live where the room header's menu and {@link Alerts} keep them; this only reads and
 * writes them there.
 */
public final class RoomLevelsViewModel {

  /** A room with a level of its own. */
  public record Row(String roomId, String name) {}

  private final Alerts alerts;
  private final ObservableList<Row> rows = FXCollections.observableArrayList();

  /**
   * @param rooms the user's rooms, in the sidebar's order
   */
  public RoomLevelsViewModel(List<RoomItem> rooms, Alerts alerts) {
    this.alerts = alerts;
    rooms.stream()
        .filter(room -> alerts.hasOwnLevel(room.roomId()))
        .map(room -> new Row(room.roomId(), room.name()))
        .forEach(rows::add);
  }

  /** The rooms with a level of their own, as they were when the panel opened, less the reset. */
  public ObservableList<Row> rows() {
    return rows;
  }

  public NotifyLevel level(Row row) {
    return alerts.level(row.roomId());
  }

  /** Changes the room's level, which stays its own, whatever the default level. */
  public void change(Row row, NotifyLevel level) {
    alerts.setLevel(row.roomId(), level);
  }

  /** Sends the room back to the default level, and drops its row. */
  public void backToDefault(Row row) {
    alerts.useDefaultLevel(row.roomId());
    rows.remove(row);
  }

  /** The level of every room without a level of its own. */
  public NotifyLevel defaultLevel() {
    return alerts.defaultLevel();
  }

  public void changeDefault(NotifyLevel level) {
    alerts.setDefaultLevel(level);
  }
}
