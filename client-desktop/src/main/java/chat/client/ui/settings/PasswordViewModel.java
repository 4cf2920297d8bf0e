package chat.client.ui.settings;

import chat.client.net.Account;
import chat.client.net.ApiException;
import chat.client.net.Failures;
import chat.protocol.ErrorCode;
import chat.protocol.Limits;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Changing the password: the current one, the new one twice. The two new ones must match before
 * anything is sent; the server checks the rest. On success the fields empty and {@code changed}
 * runs (the server has signed out the other sessions, so their list is out of date).
 */
public final class PasswordViewModel {

  private final Account account;
  private final Runnable changed;
  private final StringProperty current = new SimpleStringProperty("");
  private final StringProperty next = new SimpleStringProperty("");
  private final StringProperty repeat = new SimpleStringProperty("");
  private final StringProperty status = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();

  public PasswordViewModel(Account account, Runnable changed) {
    this.account = account;
    this.changed = changed;
  }

  public BooleanBinding canChange() {
    return current.isEmpty().or(next.isEmpty()).or(repeat.isEmpty()).or(busy).not();
  }

  public CompletableFuture<Void> change() {
    status.set("");
    if (!next.get().equals(repeat.get())) {
      error.set("The new passwords do not match.");
      return CompletableFuture.completedFuture(null);
    }
    if (next.get().codePointCount(0, next.get().length()) < Limits.PASSWORD_MIN_CHARS) {
      error.set("The new password needs at least " + Limits.PASSWORD_MIN_CHARS + " characters.");
      return CompletableFuture.completedFuture(null);
    }
    error.set("");
    busy.set(true);
    return account
        .changePassword(current.get(), next.get())
        .handle(
            (ok, failure) -> {
              busy.set(false);
              if (failure == null) {
                current.set("");
                next.set("");
                repeat.set("");
                status.set("Password changed. Your other sessions were signed out.");
                changed.run();
              } else {
                error.set(describe(failure));
              }
              return null;
            });
  }

  private static String describe(Throwable failure) {
    return Failures.unwrap(failure) instanceof ApiException refused
            && refused.code() == ErrorCode.INVALID_CREDENTIALS
        ? "The current password is wrong."
        : Failures.describe(failure);
  }

  public StringProperty currentProperty() {
    return current;
  }

  public StringProperty nextProperty() {
    return next;
  }

  public StringProperty repeatProperty() {
    return repeat;
  }

  public StringProperty statusProperty() {
    return status;
  }

  public StringProperty errorProperty() {
    return error;
  }
}
