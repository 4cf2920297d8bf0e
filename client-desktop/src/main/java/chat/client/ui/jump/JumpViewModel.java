package chat.client.ui.jump;

import chat.client.ui.rooms.RoomItem;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** Ctrl+K: type part of a room's name, Enter opens the first match. */
public final class JumpViewModel {

  private final StringProperty query = new SimpleStringProperty("");
  private final FilteredList<RoomItem> matches;
  private final Consumer<RoomItem> chosen;

  public JumpViewModel(ObservableList<RoomItem> rooms, Consumer<RoomItem> chosen) {
    this.matches = new FilteredList<>(rooms);
    this.chosen = chosen;
    query.addListener(
        (obs, old, now) -> {
          String wanted = now.strip().toLowerCase(Locale.ROOT);
          matches.setPredicate(r -> r.name().toLowerCase(Locale.ROOT).contains(wanted));
        });
  }

  /** Opens {@code room}, or the first match when null. */
  public void choose(RoomItem room) {
    RoomItem target = room != null ? room : matches.isEmpty() ? null : matches.getFirst();
    if (target != null) {
      chosen.accept(target);
    }
  }

  public StringProperty queryProperty() {
    return query;
  }

  public ObservableList<RoomItem> matches() {
    return matches;
  }
}
