package chat.client.ui.admin;

import chat.client.net.Administration;
import chat.protocol.http.AuditEntry;
import chat.protocol.http.AuditPage;
import chat.protocol.model.AuditAction;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The server's audit log, newest first, a page at a time ("Older" asks for the next): each entry
 * one line saying when, who, what, on whom or what, and from which address. User ids are shown as
 * the usernames of the accounts the server lists. "Older" and "Refresh" may both be waiting for the
 * server: only the answer to the latest of them changes the lines, so a late page is neither added
 * to a list shown afresh since nor shown twice.
 */
public final class AuditLogViewModel {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Administration administration;
  private final ZoneId zone;
  private final Map<String, String> usernames = new ConcurrentHashMap<>();
  private final ObservableList<String> lines = FXCollections.observableArrayList();
  private final BooleanProperty hasOlder = new SimpleBooleanProperty();
  private final StringProperty error = new SimpleStringProperty("");
  private Long nextBefore;

  /** Counts the requests made: an answer to any but the latest is dropped. */
  private long latest;

  public AuditLogViewModel(Administration administration, ZoneId zone) {
    this.administration = administration;
    this.zone = zone;
  }

  /** Shows the newest page again, with the accounts' names as they are now. */
  public CompletableFuture<Void> load() {
    long asked = ++latest;
    return administration
        .accounts("")
        .thenCompose(
            accounts -> {
              accounts.forEach(account -> usernames.put(account.userId(), account.username()));
              return administration.auditLog(null);
            })
        .handle((page, failure) -> shown(asked, page, failure, true));
  }

  /** Adds the next older page under the lines shown. */
  public CompletableFuture<Void> older() {
    if (nextBefore == null) {
      return CompletableFuture.completedFuture(null);
    }
    long asked = ++latest;
    return administration
        .auditLog(nextBefore)
        .handle((page, failure) -> shown(asked, page, failure, false));
  }

  private Void shown(long asked, AuditPage page, Throwable failure, boolean fresh) {
    if (asked != latest) {
      return null;
    }
    if (failure != null) {
      error.set(Refusals.sentence(failure));
      return null;
    }
    error.set("");
    List<String> text = page.entries().stream().map(this::line).toList();
    if (fresh) {
      lines.setAll(text);
    } else {
      lines.addAll(text);
    }
    nextBefore = page.nextBefore();
    hasOlder.set(nextBefore != null);
    return null;
  }

  /** One entry as a line: when · who · what · target · address. */
  String line(AuditEntry entry) {
    StringBuilder line =
        new StringBuilder(WHEN.format(Instant.ofEpochMilli(entry.at()).atZone(zone)))
            .append(" · ")
            .append(entry.actorId() == null ? "someone signing in" : name(entry.actorId()))
            .append(" · ")
            .append(describe(entry.action()));
    if (entry.target() != null) {
      line.append(" · ").append(name(entry.target()));
    }
    if (entry.detail() != null) {
      line.append(" (").append(entry.detail()).append(')');
    }
    if (entry.address() != null) {
      line.append(" · from ").append(entry.address());
    }
    return line.toString();
  }

  private String name(String idOrText) {
    return usernames.getOrDefault(idOrText, idOrText);
  }

  static String describe(AuditAction action) {
    return switch (action) {
      case ROLE_CHANGED -> "changed the role of";
      case ACCOUNT_DEACTIVATED -> "deactivated";
      case ACCOUNT_REACTIVATED -> "reactivated";
      case PASSWORD_RESET -> "reset the password of";
      case REGISTRATION_MODE_CHANGED -> "changed who may register";
      case INVITE_CREATED -> "created the invite";
      case INVITE_REVOKED -> "revoked the invite";
      case SIGN_IN_BURST -> "refused sign-ins for";
      case TWO_FACTOR_REQUIREMENT_CHANGED -> "changed whether two-factor sign-in is required";
      case MESSAGE_REMOVED -> "removed the message";
      case MEMBER_KICKED -> "removed from the room";
      case MEMBER_BANNED -> "banned";
      case MEMBER_UNBANNED -> "lifted the ban of";
      case MEMBER_MUTED -> "muted";
      case MEMBER_UNMUTED -> "unmuted";
      case ROOM_ROLE_CHANGED -> "changed the room role of";
      case SLOW_MODE_CHANGED -> "changed slow mode in";
    };
  }

  /** The lines shown, newest first. */
  public ObservableList<String> lines() {
    return lines;
  }

  /** Whether older entries remain for "Older". */
  public BooleanProperty hasOlderProperty() {
    return hasOlder;
  }

  /** Why the last call failed, in one sentence; empty when it did not. */
  public StringProperty errorProperty() {
    return error;
  }
}
