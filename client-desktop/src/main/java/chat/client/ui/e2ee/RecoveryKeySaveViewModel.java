package chat.client.ui.e2ee;

import chat.client.crypto.RecoveryKey;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * "Save your recovery key": the recovery key made with the key backup, shown this once in its 14
 * groups of four characters, to copy or write down. Nothing keeps it once the dialog closes: only
 * the person can give it to a new device.
 */
public final class RecoveryKeySaveViewModel {

  private final RecoveryKey key;
  private final ReadOnlyBooleanWrapper copied = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper();

  public RecoveryKeySaveViewModel(RecoveryKey key) {
    this.key = key;
  }

  /** The key as it is written down, group by group. */
  public List<String> groups() {
    return List.of(key.display().split(" "));
  }

  /** What Copy puts on the clipboard: the groups with a space between each. */
  public String copyText() {
    return key.display();
  }

  /** Copy was pressed. */
  public void copied() {
    copied.set(true);
  }

  public ReadOnlyBooleanProperty copiedProperty() {
    return copied.getReadOnlyProperty();
  }

  /** "I have saved it" was pressed: the dialog may close. */
  public void confirmSaved() {
    saved.set(true);
  }

  public ReadOnlyBooleanProperty savedProperty() {
    return saved.getReadOnlyProperty();
  }
}
