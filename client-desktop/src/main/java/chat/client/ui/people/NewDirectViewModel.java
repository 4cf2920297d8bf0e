package chat.client.ui.people;

import chat.client.net.Session;
import chat.client.ui.PickerViewModel;
import chat.protocol.client.ClientFrame;
import chat.protocol.client.DmOpen;
import chat.protocol.model.Room;
import chat.protocol.model.User;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Finds a person by the start of their name and opens the direct conversation with them. */
public final class NewDirectViewModel extends PickerViewModel<User> {

  public NewDirectViewModel(Session client, Consumer<Room> opened) {
    super(client, "Nobody's name starts with that.", opened);
  }

  @Override
  protected CompletableFuture<List<User>> find(String asked) {
    if (asked.isEmpty()) {
      return null;
    }
    String me = client.me().userId();
    return client
        .searchUsers(asked)
        .thenApply(users -> users.stream().filter(u -> !u.userId().equals(me)).toList());
  }

  @Override
  protected ClientFrame choice(String requestId, User user) {
    return new DmOpen(requestId, user.userId());
  }

  @Override
  public String describe(User user) {
    return user.username();
  }
}
