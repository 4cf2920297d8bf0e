package chat.client.ui.admin;

import chat.client.net.Administration;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Whether the server requires two-factor sign-in of everyone. The switch shows the server's
 * setting; a change the server refuses goes back to it, with the refusal in one sentence.
 */
public final class TwoFactorPolicyViewModel {

  private final Administration administration;
  private final BooleanProperty required = new SimpleBooleanProperty();
  private final StringProperty error = new SimpleStringProperty("");

  public TwoFactorPolicyViewModel(Administration administration) {
    this.administration = administration;
  }

  /** Asks the server for the setting in force. */
  public CompletableFuture<Void> load() {
    return administration.twoFactorRequired().handle(this::shown);
  }

  /** Requires it of everyone, or stops requiring it. */
  public CompletableFuture<Void> require(boolean wanted) {
    return administration.requireTwoFactor(wanted).handle(this::shown);
  }

  private Void shown(Boolean now, Throwable failure) {
    if (failure != null) {
      error.set(Refusals.sentence(failure));
    } else {
      error.set("");
      required.set(now);
    }
    return null;
  }

  /** The setting in force, as the server last said. */
  public BooleanProperty requiredProperty() {
    return required;
  }

  /** Why the last call failed, in one sentence; empty when it did not. */
  public StringProperty errorProperty() {
    return error;
  }
}
