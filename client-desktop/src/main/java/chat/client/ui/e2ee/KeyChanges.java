package chat.client.ui.e2ee;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The contacts whose security key (identity key) changed since this device trusted it: messages to
 * them are held until the reader accepts the new key. Follows what {@link Encryption} learns each
 * time it asks the server for keys (a room opened, a {@code keys.changed}, a message sent). Used on
 * the FX thread.
 */
public final class KeyChanges {

  private final ObservableSet<String> changed = FXCollections.observableSet();
  private final Function<List<String>, CompletableFuture<Set<String>>> check;
  private final Function<String, CompletableFuture<Void>> accept;

  /**
   * @param check asks for the keys of some users and completes with every changed one
   * @param accept trusts a user's new key
   */
  KeyChanges(
      Function<List<String>, CompletableFuture<Set<String>>> check,
      Function<String, CompletableFuture<Void>> accept) {
    this.check = check;
    this.accept = accept;
  }

  /** Asks the server for the keys of {@code userIds} (none: only looks again) and follows. */
  public void check(List<String> userIds) {
    check.apply(userIds).thenAccept(this::now);
  }

  /** Trusts {@code userId}'s new key: messages go to their devices again. */
  public CompletableFuture<Void> accept(String userId) {
    return accept.apply(userId).thenRun(() -> changed.remove(userId));
  }

  /** The users whose key changed, by id. */
  public ObservableSet<String> changed() {
    return changed;
  }

  /** The warning about {@code name}'s changed key, as the room's banner says it. */
  public static String warning(String name) {
    return name
        + "'s security key changed. Messages to "
        + name
        + " are held until you accept the new key.";
  }

  private void now(Set<String> users) {
    changed.retainAll(users);
    changed.addAll(users);
  }
}
