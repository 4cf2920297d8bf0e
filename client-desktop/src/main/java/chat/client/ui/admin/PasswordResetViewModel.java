package chat.client.ui.admin;

import chat.client.net.Administration;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * An admin resetting an account's password: a temporary password typed for the account, then shown
 * once to copy and hand over; the account must choose a new one at its next sign-in.
 */
public final class PasswordResetViewModel {

  private final Administration administration;
  private final StringProperty question = new SimpleStringProperty("");
  private final StringProperty temporary = new SimpleStringProperty("");
  private final StringProperty done = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private AccountsViewModel.Row row;

  public PasswordResetViewModel(Administration administration) {
    this.administration = administration;
  }

  /** Asks for the temporary password of {@code target}. */
  public void ask(AccountsViewModel.Row target) {
    row = target;
    temporary.set("");
    done.set("");
    error.set("");
    question.set("Temporary password for " + target.username());
  }

  /** Sets the typed password; {@link #doneProperty()} then shows it, once, to copy. */
  public CompletableFuture<Void> confirm() {
    error.set("");
    String password = temporary.get();
    if (row == null || password.isEmpty()) {
      error.set("Type a temporary password.");
      return CompletableFuture.completedFuture(null);
    }
    String username = row.username();
    return administration
        .resetPassword(row.userId(), password)
        .handle(
            (account, failure) -> {
              if (failure != null) {
                error.set(Refusals.sentence(failure));
              } else {
                question.set("");
                done.set(
                    username
                        + "'s temporary password is set: hand it over. They choose a new one at"
                        + " their next sign-in.");
              }
              return null;
            });
  }

  /** Leaves the question, or the password shown, and forgets the password. */
  public void close() {
    row = null;
    question.set("");
    temporary.set("");
    done.set("");
    error.set("");
  }

  /** What is asked while a reset waits for its password; otherwise empty. */
  public StringProperty questionProperty() {
    return question;
  }

  /** The temporary password being typed, then shown to copy. */
  public StringProperty temporaryProperty() {
    return temporary;
  }

  /** Said once the reset is done; empty otherwise. */
  public StringProperty doneProperty() {
    return done;
  }

  /** Why the last call failed, in one sentence; empty when it did not. */
  public StringProperty errorProperty() {
    return error;
  }
}
