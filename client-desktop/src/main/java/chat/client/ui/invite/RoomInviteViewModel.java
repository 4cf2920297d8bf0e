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
 * valid for {@link #VALID}. Opening it shows the newest link this user made for the room that still
 * lets someone in, as the server lists them, and makes one only when there is none; "New link"
 * makes another, and "Revoke" makes the one shown let nobody in. Whoever opens a link while signed
 * in lands in the room, private ones included. A refusal shows on {@link #errorProperty()} instead.
 */
public final class RoomInviteViewModel {

  /** How many people one room link lets in. */
  static final int USES = 10;

  /** How long a room link stays valid. */
  static final Duration VALID = Duration.ofDays(7);

  private final RoomInvites invites;
  private final String roomId;
  private final Clock clock;
  private final ReadOnlyStringWrapper link = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private Invite shown;

  public RoomInviteViewModel(RoomInvites invites, String roomId, Clock clock) {
    this.invites = invites;
    this.roomId = roomId;
    this.clock = clock;
  }

  /** Shows the room's link that still lets someone in, made only when there is none. */
  public CompletableFuture<Void> open() {
    return invites
        .mine(roomId)
        .handle(
            (mine, failure) -> {
              if (failure != null) {
                error.set(Failures.describe(failure));
                return CompletableFuture.<Void>completedFuture(null);
              }
              long now = clock.millis();
              Optional<Invite> open = mine.stream().filter(i -> letsIn(i, now)).findFirst();
              if (open.isEmpty()) {
                return create();
              }
              show(open.get());
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
                show(invite);
              } else {
                error.set(Failures.describe(failure));
              }
              return null;
            });
  }

  /** Revokes the link shown, which then lets nobody in; "New link" makes another. */
  public CompletableFuture<Void> revoke() {
    if (shown == null) {
      return CompletableFuture.completedFuture(null);
    }
    Invite revoking = shown;
    return invites
        .revoke(roomId, revoking.code())
        .handle(
            (done, failure) -> {
              if (failure != null) {
                error.set(Failures.describe(failure));
              } else if (shown == revoking) {
                shown = null;
                link.set("");
                error.set("");
              }
              return null;
            });
  }

  /** Whether {@code invite} still lets someone in at {@code nowMillis}: not expired, uses left. */
  private static boolean letsIn(Invite invite, long nowMillis) {
    return invite.expiresAt() > nowMillis && invite.used() < invite.maxUses();
  }

  private void show(Invite invite) {
    shown = invite;
    error.set("");
    link.set(invites.linkTo(invite).text());
  }

  /** The link as text, empty until the invite is made and after it is revoked. */
  public ReadOnlyStringProperty linkProperty() {
    return link.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }
}
