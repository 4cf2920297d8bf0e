package chat.client.ui.people;

import chat.client.net.Session;
import chat.client.ui.PickerViewModel;
import chat.client.ui.e2ee.Encryption;
import chat.protocol.client.ClientFrame;
import chat.protocol.client.DmOpen;
import chat.protocol.model.Room;
import chat.protocol.model.User;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Finds a person by the start of their name and opens the direct conversation with them: a new one
 * is end-to-end encrypted when this device's encryption is ready (an existing one stays as it is).
 */
public final class NewDirectViewModel extends PickerViewModel<User> {

  private final Encryption encryption;

  public NewDirectViewModel(Session client, Encryption encryption, Consumer<Room> opened) {
    super(client, "Nobody's name starts with that.", opened);
    this.encryption = encryption;
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
    return new DmOpen(
        requestId, user.userId(), encryption.readyProperty().get() ? Boolean.TRUE : null);
  }

  @Override
  public String describe(User user) {
    return user.username();
  }
}
