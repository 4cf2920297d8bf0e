package chat.client.net;

import chat.protocol.model.User;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The signed-in user as the server last described them, kept for the network threads and mirrored
 * into a property on the {@code fx} executor for the UI. Apart from {@link Session} so that the two
 * copies change together in one place.
 */
final class SignedInUser {

  private final Executor fx;
  private final ReadOnlyObjectWrapper<User> property = new ReadOnlyObjectWrapper<>();
  private volatile User user;

  SignedInUser(Executor fx) {
    this.fx = fx;
  }

  /** The user, or null while signed out. */
  User get() {
    return user;
  }

  ReadOnlyObjectProperty<User> property() {
    return property.getReadOnlyProperty();
  }

  /**
   * The server described the signed-in user anew (a changed display name), or null: signed out. The
   * answer completes, on {@code fx}, once the property shows it too.
   */
  CompletableFuture<Void> changed(User next) {
    user = next;
    CompletableFuture<Void> shown = new CompletableFuture<>();
    fx.execute(
        () -> {
          property.set(next);
          shown.complete(null);
        });
    return shown;
  }

  /**
   * A user is shown by another name now: when it is the signed-in user (renamed on another device),
   * the property follows.
   */
  void renamed(User renamed) {
    User current = user;
    if (current != null && current.userId().equals(renamed.userId())) {
      changed(renamed);
    }
  }
}
