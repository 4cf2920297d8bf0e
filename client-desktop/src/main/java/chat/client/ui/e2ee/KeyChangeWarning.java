package chat.client.ui.e2ee;

import chat.protocol.model.User;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The open encrypted room's warning that a member's security key changed, one member at a time:
 * "Bob's security key changed. Messages to Bob are held until you accept the new key.", until the
 * reader accepts the new key. The members' keys are asked for each time the open room's members are
 * listed, so a change is seen on opening the room. Used on the FX thread.
 */
public final class KeyChangeWarning {

  private final KeyChanges changes;
  private final ObservableBooleanValue openEncrypted;
  private final ObservableList<User> members;
  private final ObjectBinding<User> warned;
  private Set<String> asked = Set.of();

  /**
   * @param openEncrypted whether the open room is encrypted
   * @param members the open room's members, as listed
   */
  public KeyChangeWarning(
      Encryption encryption, ObservableBooleanValue openEncrypted, ObservableList<User> members) {
    this.changes = encryption.keyChanges();
    this.openEncrypted = openEncrypted;
    this.members = members;
    this.warned =
        Bindings.createObjectBinding(
            () ->
                openEncrypted.get()
                    ? members.stream()
                        .filter(m -> changes.changed().contains(m.userId()))
                        .findFirst()
                        .orElse(null)
                    : null,
            openEncrypted,
            members,
            changes.changed());
    members.addListener((ListChangeListener<User>) change -> checkMembers(false));
    openEncrypted.addListener((obs, was, now) -> checkMembers(false));
    encryption.statusProperty().addListener((obs, was, now) -> checkMembers(true));
  }

  /**
   * Asks for the keys of the open encrypted room's members, unless they were just asked for (the
   * list changes with each member's presence too).
   */
  private void checkMembers(boolean again) {
    Set<String> ids = members.stream().map(User::userId).collect(Collectors.toSet());
    if (!openEncrypted.get() || ids.isEmpty() || (!again && ids.equals(asked))) {
      return;
    }
    asked = ids;
    changes.check(List.copyOf(ids));
  }

  /** The member the warning is about, or null when there is none. */
  public ObjectBinding<User> warnedProperty() {
    return warned;
  }

  /** The warning's sentence, or empty when there is none. */
  public StringBinding textProperty() {
    return Bindings.createStringBinding(
        () -> warned.get() == null ? "" : KeyChanges.warning(warned.get().shownName()), warned);
  }

  /** Whether {@code userId}'s key changed: the members list marks them. */
  public boolean changed(String userId) {
    return changes.changed().contains(userId);
  }

  /** The set the marks follow. */
  public ObservableSet<String> changedUsers() {
    return changes.changed();
  }

  /** "Accept new key": trusts the warned member's new key; the warning goes (or shows the next). */
  public CompletableFuture<Void> accept() {
    User user = warned.get();
    return user == null ? CompletableFuture.completedFuture(null) : changes.accept(user.userId());
  }
}
