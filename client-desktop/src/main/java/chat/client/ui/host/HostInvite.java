package chat.client.ui.host;

import chat.client.net.Administration;
import chat.client.net.Failures;
import chat.protocol.http.Invite;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The invite link the host panel offers newcomers: the newest invite of the hosted server that can
 * still be used for a while, or a new one when there is none ({@value #USES} uses, valid for {@link
 * #VALID}). Only the server's owner or an admin, signed in to it from this app, can make or read
 * invites; otherwise the panel says so instead.
 */
public final class HostInvite {

  /** How many newcomers a link the host panel makes admits. */
  static final int USES = 10;

  /** How long a link the host panel makes stays valid. */
  static final Duration VALID = Duration.ofDays(7);

  /** An invite that expires sooner is not offered: it could run out while being passed on. */
  static final Duration LEFT_AT_LEAST = Duration.ofHours(1);

  private final Hosting hosting;
  private final Administration administration;
  private final Clock clock;
  private final StringProperty link = new SimpleStringProperty("");
  private final StringProperty note = new SimpleStringProperty("");

  public HostInvite(Hosting hosting, Administration administration, Clock clock) {
    this.hosting = hosting;
    this.administration = administration;
    this.clock = clock;
  }

  /** Finds or makes the invite, then shows its link (or says why there is none). */
  public CompletableFuture<Void> load() {
    if (!hosting.signedInTo(hosting.hosted()) || !administration.administers()) {
      note.set(
          "Sign in to the server hosted here as its owner or an admin to share an invite link.");
      return CompletableFuture.completedFuture(null);
    }
    return administration
        .invites()
        .thenCompose(
            invites ->
                invites.stream()
                    .filter(this::usable)
                    .findFirst()
                    .map(CompletableFuture::completedFuture)
                    .orElseGet(() -> administration.createInvite(USES, VALID.toSeconds())))
        .handle(
            (invite, failure) -> {
              if (failure != null) {
                note.set("No invite link: " + Failures.describe(failure));
              } else {
                note.set("");
                link.set(hosting.inviteLink(invite.code()).text());
              }
              return null;
            });
  }

  private boolean usable(Invite invite) {
    return invite.used() < invite.maxUses()
        && invite.expiresAt() > clock.millis() + LEFT_AT_LEAST.toMillis();
  }

  /** The link to share; empty until found or made. */
  public ReadOnlyStringProperty linkProperty() {
    return link;
  }

  /** Why there is no link; empty while there is one or it is on its way. */
  public ReadOnlyStringProperty noteProperty() {
    return note;
  }
}
