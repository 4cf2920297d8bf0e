package chat.client.ui.e2ee;

import chat.client.e2ee.DeviceState;
import chat.client.net.Failures;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Start over with a new key", for someone without the recovery key: a new identity key in place of
 * the old, confirmed with the account's password. {@link #WARNING} says what it costs before the
 * person confirms; the server's refusal (a wrong password) shows on {@link #errorProperty()}, and
 * success sets {@link #doneProperty()}, after which the app shows the new recovery key.
 */
public final class StartOverViewModel {

  static final String WARNING =
      "A new key makes your messages so far unreadable on this device, signs your other devices"
          + " out of encryption, and shows your contacts that your key changed.";

  private final Function<String, CompletableFuture<DeviceState>> starter;
  private final Executor fx;
  private final StringProperty password = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();

  /**
   * @param starter {@code EndToEnd::startOver}
   * @param fx where the answers land (the FX thread; {@code Runnable::run} in tests)
   */
  public StartOverViewModel(Function<String, CompletableFuture<DeviceState>> starter, Executor fx) {
    this.starter = starter;
    this.fx = fx;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  /** A password is typed and no attempt is under way. */
  public BooleanBinding canStartOver() {
    return Bindings.createBooleanBinding(
        () -> !password.get().isEmpty() && !busy.get(), password, busy);
  }

  /** Replaces the identity key, with the password typed. */
  public CompletableFuture<Void> startOver() {
    busy.set(true);
    error.set("");
    return starter
        .apply(password.get())
        .handleAsync(
            (state, failure) -> {
              busy.set(false);
              password.set("");
              if (failure == null) {
                done.set(true);
              } else {
                error.set(Failures.describe(failure));
              }
              return null;
            },
            fx);
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty doneProperty() {
    return done.getReadOnlyProperty();
  }
}
