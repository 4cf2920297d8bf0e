package chat.client.ui.invite;

import chat.client.net.Failures;
import chat.client.net.RoomInvites;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The invite link into one room that its owner (or an admin) shares: made afresh for {@value #USES}
 * joins, valid for {@link #VALID}. Whoever opens the link while signed in lands in the room,
 * private ones included. A refusal shows on {@link #errorProperty()} instead.
 */
public final class RoomInviteViewModel {

  /** How many people one room link lets in. */
  static final int USES = 10;

  /** How long a room link stays valid. */
  static final Duration VALID = Duration.ofDays(7);

  private final RoomInvites invites;
  private final String roomId;
  private final ReadOnlyStringWrapper link = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

  public RoomInviteViewModel(RoomInvites invites, String roomId) {
    this.invites = invites;
    this.roomId = roomId;
  }

  /** Makes the invite and shows its link, or says why the server refused. */
  public CompletableFuture<Void> create() {
    return invites
        .create(roomId, USES, VALID.toSeconds())
        .handle(
            (invite, failure) -> {
              if (failure == null) {
                error.set("");
                link.set(invites.linkTo(invite).text());
              } else {
                error.set(Failures.describe(failure));
              }
              return null;
            });
  }

  /** The link as text, empty until the invite is made. */
  public ReadOnlyStringProperty linkProperty() {
    return link.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }
}
