package chat.client.ui.e2ee;

import chat.client.e2ee.RestoreResult;
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
 * "Enter your recovery key", on a device whose user's identity key lives elsewhere: the key typed
 * (spaces and case as the person likes) is checked, then tried against the key backup; a refusal
 * says why on {@link #errorProperty()} and changes nothing, success sets {@link
 * #restoredProperty()}.
 */
public final class RecoveryKeyEntryViewModel {

  static final String MISTYPED = "That is not a recovery key: a character is mistyped";
  static final String WRONG = "Wrong recovery key";
  static final String NO_BACKUP = "This account has no key backup to restore from";

  private final Function<String, CompletableFuture<RestoreResult>> restorer;
  private final Executor fx;
  private final StringProperty typed = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper restored = new ReadOnlyBooleanWrapper();

  /**
   * @param restorer {@code EndToEnd::restore}
   * @param fx where the answers land (the FX thread; {@code Runnable::run} in tests)
   */
  public RecoveryKeyEntryViewModel(
      Function<String, CompletableFuture<RestoreResult>> restorer, Executor fx) {
    this.restorer = restorer;
    this.fx = fx;
  }

  public StringProperty typedProperty() {
    return typed;
  }

  /** Something is typed and no attempt is under way. */
  public BooleanBinding canRestore() {
    return Bindings.createBooleanBinding(() -> !typed.get().isBlank() && !busy.get(), typed, busy);
  }

  /** Tries the key typed against the backup. */
  public CompletableFuture<Void> restore() {
    busy.set(true);
    error.set("");
    return restorer
        .apply(typed.get())
        .handleAsync(
            (result, failure) -> {
              busy.set(false);
              if (failure != null) {
                error.set(Failures.describe(failure));
                return null;
              }
              switch (result) {
                case RestoreResult.Restored _ -> restored.set(true);
                case RestoreResult.NotARecoveryKey _ -> error.set(MISTYPED);
                case RestoreResult.WrongRecoveryKey _ -> error.set(WRONG);
                case RestoreResult.NoBackup _ -> error.set(NO_BACKUP);
              }
              return null;
            },
            fx);
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty restoredProperty() {
    return restored.getReadOnlyProperty();
  }
}
