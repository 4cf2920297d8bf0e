package chat.client.ui.settings;

import chat.client.net.Account;
import chat.client.net.Failures;
import chat.protocol.Limits;
import chat.protocol.ProtocolException;
import chat.protocol.http.ProfileUpdate;
import chat.protocol.model.User;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The display name: edited as a draft, checked with the protocol's own rules before it is sent (the
 * server checks again), and saved to the server, after which the whole app shows it.
 */
public final class ProfileViewModel {

  private final Account account;
  private final ReadOnlyObjectProperty<User> me;
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty status = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();

  /**
   * @param me the signed-in user as the session knows them
   */
  public ProfileViewModel(Account account, ReadOnlyObjectProperty<User> me) {
    this.account = account;
    this.me = me;
    name.set(me.get() == null ? "" : me.get().shownName());
  }

  /** Whether the draft is worth sending: not blank, not the name already shown, nothing pending. */
  public BooleanBinding canSave() {
    return Bindings.createBooleanBinding(
        () ->
            !busy.get()
                && !name.get().isBlank()
                && (me.get() == null || !name.get().strip().equals(me.get().shownName())),
        name,
        busy,
        me);
  }

  public CompletableFuture<Void> save() {
    status.set("");
    ProfileUpdate update;
    try {
      update = new ProfileUpdate(name.get());
    } catch (ProtocolException e) {
      error.set(
          "A display name is 1–"
              + Limits.MAX_DISPLAY_NAME_CHARS
              + " characters, without line breaks or tabs.");
      return CompletableFuture.completedFuture(null);
    }
    error.set("");
    busy.set(true);
    return account
        .setDisplayName(update.displayName())
        .handle(
            (user, failure) -> {
              busy.set(false);
              if (failure == null) {
                name.set(user.shownName());
                status.set("Saved. Others see it in member lists and on your next messages.");
              } else {
                error.set(Failures.describe(failure));
              }
              return null;
            });
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty statusProperty() {
    return status;
  }

  public StringProperty errorProperty() {
    return error;
  }
}
