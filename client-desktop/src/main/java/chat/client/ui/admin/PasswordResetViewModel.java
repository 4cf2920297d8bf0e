package chat.client.ui.admin;

import chat.client.net.Administration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * An admin resetting an account's password: a temporary password typed for the account, then shown
 * once to copy and hand over; the account must choose a new one at its next sign-in. The panel
 * belongs to one account at a time: an answer that arrives after the admin moved on to another
 * account (or closed the panel) is kept for its own account and shown when its panel opens again.
 */
public final class PasswordResetViewModel {

  /** An answer for an account whose panel was no longer shown: the password, and what it said. */
  private record Outcome(String temporary, String done, String error) {}

  private final Administration administration;
  private final Map<String, Outcome> unseen = new HashMap<>();
  private final StringProperty question = new SimpleStringProperty("");
  private final StringProperty temporary = new SimpleStringProperty("");
  private final StringProperty done = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private AccountsViewModel.Row row;

  public PasswordResetViewModel(Administration administration) {
    this.administration = administration;
  }

  /**
   * Asks for the temporary password of {@code target}, or shows the answer to a reset of it that
   * came while another account's panel was shown.
   */
  public void ask(AccountsViewModel.Row target) {
    row = target;
    Outcome late = unseen.remove(target.userId());
    if (late == null) {
      late = new Outcome("", "", "");
    }
    temporary.set(late.temporary());
    done.set(late.done());
    error.set(late.error());
    question.set(late.done().isEmpty() ? "Temporary password for " + target.username() : "");
  }

  /** Sets the typed password; {@link #doneProperty()} then shows it, once, to copy. */
  public CompletableFuture<Void> confirm() {
    error.set("");
    String password = temporary.get();
    if (row == null || password.isEmpty()) {
      error.set("Type a temporary password.");
      return CompletableFuture.completedFuture(null);
    }
    AccountsViewModel.Row target = row;
    return administration
        .resetPassword(target.userId(), password)
        .handle(
            (account, failure) -> {
              Outcome outcome =
                  failure == null
                      ? new Outcome(
                          password,
                          target.username()
                              + "'s temporary password is set: hand it over. They choose a new"
                              + " one at their next sign-in.",
                          "")
                      : new Outcome(password, "", Refusals.sentence(failure));
              if (row == null || !row.userId().equals(target.userId())) {
                unseen.put(target.userId(), outcome);
              } else {
                error.set(outcome.error());
                if (!outcome.done().isEmpty()) {
                  question.set("");
                  done.set(outcome.done());
                }
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
