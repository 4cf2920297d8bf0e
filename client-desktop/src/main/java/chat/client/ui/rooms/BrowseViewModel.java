package chat.client.ui.rooms;

import chat.client.net.ChatClient;
import chat.client.net.Failures;
import chat.protocol.client.RoomDirectory;
import chat.protocol.client.RoomJoin;
import chat.protocol.model.Room;
import chat.protocol.result.RoomResult;
import chat.protocol.result.RoomsResult;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The public rooms directory: search it, join a room. */
public final class BrowseViewModel {

  private final ChatClient client;
  private final Consumer<Room> joined;
  private final StringProperty query = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final ObservableList<Room> results = FXCollections.observableArrayList();

  public BrowseViewModel(ChatClient client, Consumer<Room> joined) {
    this.client = client;
    this.joined = joined;
    query.addListener((obs, old, now) -> search());
    search();
  }

  public void search() {
    String asked = query.get().strip();
    client
        .request(id -> new RoomDirectory(id, asked.isEmpty() ? null : asked), RoomsResult.class)
        .whenComplete(
            (result, failure) -> {
              if (!asked.equals(query.get().strip())) {
                return; // a newer search is under way
              }
              if (failure == null) {
                error.set(result.rooms().isEmpty() ? "No public rooms match." : "");
                results.setAll(result.rooms());
              } else {
                error.set(Failures.describe(failure));
              }
            });
  }

  public void join(Room room) {
    if (room == null) {
      return;
    }
    client
        .request(id -> new RoomJoin(id, room.roomId()), RoomResult.class)
        .whenComplete(
            (result, failure) -> {
              if (failure == null) {
                joined.accept(result.room());
              } else {
                error.set(Failures.describe(failure));
              }
            });
  }

  public StringProperty queryProperty() {
    return query;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public ObservableList<Room> results() {
    return results;
  }
}
