package chat.client.ui.people;

import chat.client.net.ChatClient;
import chat.client.net.Failures;
import chat.protocol.client.DmOpen;
import chat.protocol.model.Room;
import chat.protocol.model.User;
import chat.protocol.result.RoomResult;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Finds a person by the start of their name and opens the direct conversation with them. */
public final class NewDirectViewModel {

  private final ChatClient client;
  private final Consumer<Room> opened;
  private final StringProperty query = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final ObservableList<User> results = FXCollections.observableArrayList();

  public NewDirectViewModel(ChatClient client, Consumer<Room> opened) {
    this.client = client;
    this.opened = opened;
    query.addListener((obs, old, now) -> search());
  }

  public void search() {
    String asked = query.get().strip();
    if (asked.isEmpty()) {
      results.clear();
      error.set("");
      return;
    }
    String me = client.me().userId();
    client
        .searchUsers(asked)
        .whenComplete(
            (users, failure) -> {
              if (!asked.equals(query.get().strip())) {
                return;
              }
              if (failure == null) {
                results.setAll(users.stream().filter(u -> !u.userId().equals(me)).toList());
                error.set(results.isEmpty() ? "Nobody's name starts with that." : "");
              } else {
                error.set(Failures.describe(failure));
              }
            });
  }

  public void open(User user) {
    if (user == null) {
      return;
    }
    client
        .request(id -> new DmOpen(id, user.userId()), RoomResult.class)
        .whenComplete(
            (result, failure) -> {
              if (failure == null) {
                opened.accept(result.room());
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

  public ObservableList<User> results() {
    return results;
  }
}
