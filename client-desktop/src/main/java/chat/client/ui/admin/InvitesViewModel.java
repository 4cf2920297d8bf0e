package chat.client.ui.admin;

import chat.client.net.Administration;
import chat.protocol.http.Invite;
import chat.protocol.http.InviteRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The server's invites: made with a number of uses and an expiry, listed newest first with the uses
 * left and when they expire, each as a link to copy or show as a QR code ({@link #shownProperty()}:
 * the newest made here, or the one the admin picked).
 */
public final class InvitesViewModel {

  /** One invite as the list shows it: its link, and whether a newcomer can still use it. */
  public record Row(String code, String link, String detail, boolean usable) {}

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

  private final Administration administration;
  private final Function<String, String> linkFor;
  private final Clock clock;
  private final ZoneId zone;
  private final StringProperty uses = new SimpleStringProperty("1");
  private final ObjectProperty<InviteExpiry> expiry =
      new SimpleObjectProperty<>(InviteExpiry.ONE_WEEK);
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final StringProperty shown = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");

  /**
   * @param linkFor the invite link, as text, to an invite's code: where others reach this server
   */
  public InvitesViewModel(
      Administration administration, Function<String, String> linkFor, Clock clock, ZoneId zone) {
    this.administration = administration;
    this.linkFor = linkFor;
    this.clock = clock;
    this.zone = zone;
  }

  /** Lists the invites, newest first. */
  public CompletableFuture<Void> load() {
    return administration
        .invites()
        .handle(
            (invites, failure) -> {
              if (failure != null) {
                error.set(Refusals.sentence(failure));
              } else {
                error.set("");
                rows.setAll(invites.stream().map(this::row).toList());
              }
              return null;
            });
  }

  /** Makes an invite with the chosen uses and expiry, shows its link, and lists it. */
  public CompletableFuture<Void> create() {
    int maxUses;
    try {
      maxUses = Integer.parseInt(uses.get().strip());
    } catch (NumberFormatException e) {
      maxUses = 0;
    }
    if (maxUses < 1 || maxUses > InviteRequest.MAX_USES) {
      error.set("Uses is a number from 1 to " + InviteRequest.MAX_USES + ".");
      return CompletableFuture.completedFuture(null);
    }
    error.set("");
    return administration
        .createInvite(maxUses, expiry.get().duration().toSeconds())
        .handle(
            (invite, failure) -> {
              if (failure != null) {
                error.set(Refusals.sentence(failure));
              } else {
                shown.set(linkFor.apply(invite.code()));
              }
              return failure == null;
            })
        .thenCompose(made -> made ? load() : CompletableFuture.completedFuture(null));
  }

  /** Revokes {@code row}'s invite; the list follows the server, and its link is no longer shown. */
  public CompletableFuture<Void> revoke(Row row) {
    error.set("");
    return administration
        .revokeInvite(row.code())
        .handle(
            (done, failure) -> {
              if (failure != null) {
                error.set(Refusals.sentence(failure));
              } else if (row.link().equals(shown.get())) {
                shown.set("");
              }
              return null;
            })
        .thenCompose(done -> load());
  }

  /** Shows {@code row}'s link and QR code. */
  public void show(Row row) {
    shown.set(row.link());
  }

  private Row row(Invite invite) {
    long now = clock.millis();
    int left = invite.maxUses() - invite.used();
    boolean expired = invite.expiresAt() <= now;
    String until = WHEN.format(Instant.ofEpochMilli(invite.expiresAt()).atZone(zone));
    String state = expired ? "expired " + until : left == 0 ? "used up" : "expires " + until;
    String detail = left + " of " + invite.maxUses() + " uses left · " + state;
    return new Row(invite.code(), linkFor.apply(invite.code()), detail, !expired && left > 0);
  }

  /** How many registrations a new invite admits, as typed. */
  public StringProperty usesProperty() {
    return uses;
  }

  /** How long a new invite stays valid. */
  public ObjectProperty<InviteExpiry> expiryProperty() {
    return expiry;
  }

  public ObservableList<Row> rows() {
    return rows;
  }

  /** The link shown with its QR code; empty until one is made or picked. */
  public StringProperty shownProperty() {
    return shown;
  }

  /** Why the last call failed, in one sentence; empty when it did not. */
  public StringProperty errorProperty() {
    return error;
  }
}
