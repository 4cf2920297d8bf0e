package chat.client.ui.login;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The sign-in step of an account whose password an admin reset: the login was refused with {@code
 * PASSWORD_CHANGE_REQUIRED}, so the form asks for a new password, twice, and the sign-in sends it
 * with the temporary one. The two typings are compared here; the server's rules are the server's.
 */
public final class PasswordRenewalForm {

  private final BooleanProperty active = new SimpleBooleanProperty();
  private final StringProperty newPassword = new SimpleStringProperty("");
  private final StringProperty repeated = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");

  /** Shows the step, empty. */
  void start() {
    clear();
    active.set(true);
  }

  /** Leaves the step and forgets what was typed in it. */
  void end() {
    active.set(false);
    clear();
  }

  private void clear() {
    newPassword.set("");
    repeated.set("");
    error.set("");
  }

  /** The new password when both typings are there and the same; null after telling what is not. */
  String checked() {
    error.set("");
    if (newPassword.get().isEmpty()) {
      error.set("Type a new password");
    } else if (!newPassword.get().equals(repeated.get())) {
      error.set("The two passwords differ");
    } else {
      return newPassword.get();
    }
    return null;
  }

  void refuse(String message) {
    error.set(message);
  }

  /** True while the form asks for a new password in place of the one an admin set. */
  public BooleanProperty activeProperty() {
    return active;
  }

  public StringProperty newPasswordProperty() {
    return newPassword;
  }

  public StringProperty repeatedProperty() {
    return repeated;
  }

  public StringProperty errorProperty() {
    return error;
  }
}
