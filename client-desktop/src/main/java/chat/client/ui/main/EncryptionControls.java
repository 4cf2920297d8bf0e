package chat.client.ui.main;

import chat.client.ui.e2ee.KeyChangeWarning;
import chat.client.ui.e2ee.LockIcon;
import chat.protocol.model.User;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;

/**
 * Binds what the main window shows of end-to-end encryption: the lock beside an encrypted room's
 * title, and the red banner in that room when a member's security key changed, with "Accept new
 * key"; the member's row is marked too.
 */
final class EncryptionControls {

  /** The header's lock is this many pixels high. */
  private static final double LOCK_SIZE = 18;

  private final KeyChangeWarning warning;
  private final ObservableBooleanValue openEncrypted;

  EncryptionControls(KeyChangeWarning warning, ObservableBooleanValue openEncrypted) {
    this.warning = warning;
    this.openEncrypted = openEncrypted;
  }

  void bind(Label lock, HBox banner, Label text, Button accept, ListView<User> members) {
    LockIcon.dress(lock, LOCK_SIZE);
    lock.visibleProperty().bind(openEncrypted);
    lock.managedProperty().bind(lock.visibleProperty());
    text.textProperty().bind(warning.textProperty());
    banner.visibleProperty().bind(warning.warnedProperty().isNotNull());
    banner.managedProperty().bind(banner.visibleProperty());
    banner.accessibleTextProperty().bind(warning.textProperty());
    accept.setOnAction(event -> warning.accept());
    warning.changedUsers().addListener((SetChangeListener<String>) change -> members.refresh());
  }
}
