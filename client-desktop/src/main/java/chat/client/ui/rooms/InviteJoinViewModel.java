package chat.client.ui.rooms;

import chat.client.net.Failures;
import chat.client.net.InviteLink;
import chat.client.net.RoomInvites;
import chat.protocol.model.Room;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Joining a room with the invite link its owner shared: the pasted link is redeemed on the server
 * the user is signed in to, and the room it answers is entered. A link that is not one, or one the
 * server refuses (unknown, expired, used up, banned), is said in one sentence instead.
 */
public final class InviteJoinViewModel {

  private final RoomInvites invites;
  private final Consumer<Room> entered;
  private final StringProperty link = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

  /**
   * @param entered given the room the invite leads to
   */
  public InviteJoinViewModel(RoomInvites invites, Consumer<Room> entered) {
    this.invites = invites;
    this.entered = entered;
  }

  /** Redeems the pasted link and enters its room, or says why not. */
  public CompletableFuture<Void> join() {
    InviteLink parsed;
    try {
      parsed = InviteLink.parse(link.get());
    } catch (IllegalArgumentException notALink) {
      error.set(notALink.getMessage());
      return CompletableFuture.completedFuture(null);
    }
    return invites
        .redeem(parsed)
        .handle(
            (room, failure) -> {
              if (failure == null) {
                error.set("");
                entered.accept(room);
              } else {
                error.set(Failures.describe(failure));
              }
              return null;
            });
  }

  /** The pasted link. */
  public StringProperty linkProperty() {
    return link;
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }
}
