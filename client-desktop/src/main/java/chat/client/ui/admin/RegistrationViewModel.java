package chat.client.ui.admin;

import chat.client.net.Administration;
import chat.protocol.model.RegistrationMode;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Who may register on the server: open, invite only or closed. The mode shown is the server's; a
 * change the server refuses goes back to it, with the refusal in one sentence.
 */
public final class RegistrationViewModel {

  private final Administration administration;
  private final ObjectProperty<RegistrationMode> mode = new SimpleObjectProperty<>();
  private final StringProperty error = new SimpleStringProperty("");

  public RegistrationViewModel(Administration administration) {
    this.administration = administration;
  }

  /** Asks the server for the mode in force. */
  public CompletableFuture<Void> load() {
    return administration.registration().handle(this::shown);
  }

  /**
   * Sets the mode for every node of the server. When the server refuses, {@link #modeProperty()}
   * keeps the mode in force and {@link #errorProperty()} says why.
   */
  public CompletableFuture<Void> choose(RegistrationMode chosen) {
    if (chosen == null || chosen == mode.get()) {
      return CompletableFuture.completedFuture(null);
    }
    return administration.setRegistration(chosen).handle(this::shown);
  }

  private Void shown(RegistrationMode now, Throwable failure) {
    if (failure != null) {
      error.set(Refusals.sentence(failure));
    } else {
      error.set("");
      mode.set(now);
    }
    return null;
  }

  /** What the mode means, under the choice. */
  public static String describe(RegistrationMode mode) {
    return switch (mode) {
      case OPEN -> "Anyone who reaches the server can create an account.";
      case INVITE -> "Only people with an invite link can create an account.";
      case CLOSED -> "Nobody can create an account.";
    };
  }

  /** The mode in force, as the server last said; null until loaded. */
  public ObjectProperty<RegistrationMode> modeProperty() {
    return mode;
  }

  /** Why the last call failed, in one sentence; empty when it did not. */
  public StringProperty errorProperty() {
    return error;
  }
}
