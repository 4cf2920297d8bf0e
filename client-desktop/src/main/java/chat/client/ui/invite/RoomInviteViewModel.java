package chat.client.ui.invite;

import chat.client.net.Failures;
import chat.client.net.RoomInvites;
import chat.protocol.http.Invite;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The invite link into one room that its owner (or an admin) shares, for {@value #USES} joins,
 * valid for {@link #VALID}. Opening it shows the link this user made for the room that still lets
 * someone in (the one this app made since signing in, or, for an admin, the newest the server
 * lists, so a revoked one is not shown again), and makes one only when there is none; "New link"
 * makes another. Whoever opens the link while signed in lands in the room, private ones included. A
 * refusal shows on {@link #errorProperty()} instead.
 */
public final class RoomInviteViewModel {

  /** How many people one room link lets in. */
  static final int USES = 10;

  /** How long a room link stays valid. */
  static final Duration VALID = Duration.ofDays(7);

  private final RoomInvites invites;
  private final String roomId;
  private final RoomLinks made;
  private final Clock clock;
  private final ReadOnlyStringWrapper link = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

  /**
   * @param made the links this app made since signing in, kept across openings of the panel
   */
  public RoomInviteViewModel(RoomInvites invites, String roomId, RoomLinks made, Clock clock) {
    this.invites = invites;
    this.roomId = roomId;
    this.made = made;
    this.clock = clock;
  }

  /** Shows the room's link that still lets someone in, made only when there is none. */
  public CompletableFuture<Void> open() {
    if (!invites.listable()) {
      Optional<Invite> kept = made.open(roomId, clock.millis());
      if (kept.isPresent()) {
        shown(kept.get());
        return CompletableFuture.completedFuture(null);
      }
      return create();
    }
    return invites
        .mine(roomId)
        .handle(
            (mine, failure) -> {
              if (failure != null) {
                error.set(Failures.describe(failure));
                return CompletableFuture.<Void>completedFuture(null);
              }
              long now = clock.millis();
              Optional<Invite> open = mine.stream().filter(i -> RoomLinks.lets(i, now)).findFirst();
              if (open.isEmpty()) {
                made.forget(roomId);
                return create();
              }
              made.keep(open.get());
              shown(open.get());
              return CompletableFuture.<Void>completedFuture(null);
            })
        .thenCompose(next -> next);
  }

  /** Makes a new invite ("New link") and shows its link, or says why the server refused. */
  public CompletableFuture<Void> create() {
    return invites
        .create(roomId, USES, VALID.toSeconds())
        .handle(
            (invite, failure) -> {
              if (failure == null) {
                made.keep(invite);
                shown(invite);
              } else {
                error.set(Failures.describe(failure));
              }
              return null;
            });
  }

  private void shown(Invite invite) {
    error.set("");
    link.set(invites.linkTo(invite).text());
  }

  /** The link as text, empty until the invite is made. */
  public ReadOnlyStringProperty linkProperty() {
    return link.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }
}
