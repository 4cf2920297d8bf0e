package chat.client.ui.admin;

import chat.client.net.Administration;
import chat.protocol.http.AccountInfo;
import chat.protocol.model.ServerRole;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The server's accounts for an admin: found by the start of their name, each with its role, when it
 * was last seen and its live sessions. The owner names admins and makes them members again; an
 * admin (or the owner) deactivates accounts ranked below them, after a question, and reactivates
 * them. What a row offers follows the caller's role; the server decides all the same, and a refusal
 * shows in one sentence.
 */
public final class AccountsViewModel {

  /**
   * One account as the list shows it.
   *
   * @param nextRole the role "Make admin" or "Make member" gives it, or null when the caller may
   *     not change its role
   * @param actsOn whether the caller may deactivate or reactivate it
   */
  public record Row(
      String userId,
      String username,
      String title,
      String detail,
      boolean deactivated,
      ServerRole nextRole,
      boolean actsOn) {}

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

  private final Administration administration;
  private final String myUserId;
  private final ServerRole myRole;
  private final ZoneId zone;
  private final StringProperty query = new SimpleStringProperty("");
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final StringProperty question = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private Row asked;

  /**
   * @param myUserId the signed-in admin, who acts on nobody of their own rank, themselves included
   * @param myRole their role, as of their sign-in
   */
  public AccountsViewModel(
      Administration administration, String myUserId, ServerRole myRole, ZoneId zone) {
    this.administration = administration;
    this.myUserId = myUserId;
    this.myRole = myRole;
    this.zone = zone;
  }

  /**
   * Lists the accounts whose name starts with the query. Each keystroke loads, and answers may
   * arrive out of order: one for a query that is no longer the one typed is dropped.
   */
  public CompletableFuture<Void> load() {
    String asked = query.get().strip();
    return administration
        .accounts(asked)
        .handle(
            (accounts, failure) -> {
              if (!asked.equals(query.get().strip())) {
                return null;
              }
              if (failure != null) {
                error.set(Refusals.sentence(failure));
              } else {
                error.set("");
                rows.setAll(accounts.stream().map(this::row).toList());
              }
              return null;
            });
  }

  /** Makes an admin a member, or a member an admin. */
  public CompletableFuture<Void> changeRole(Row row) {
    return row.nextRole() == null
        ? CompletableFuture.completedFuture(null)
        : act(id -> administration.changeRole(id, row.nextRole()), row);
  }

  /** Asks before deactivating {@code row}: {@link #questionProperty()} says what it will do. */
  public void askToDeactivate(Row row) {
    asked = row;
    question.set(
        "Deactivate "
            + row.username()
            + "? They are signed out everywhere at once and cannot sign in until reactivated.");
  }

  /** The answer to the question: deactivate. */
  public CompletableFuture<Void> confirmDeactivate() {
    Row row = asked;
    cancel();
    return row == null
        ? CompletableFuture.completedFuture(null)
        : act(administration::deactivate, row);
  }

  /** The answer to the question: leave the account as it is. */
  public void cancel() {
    asked = null;
    question.set("");
  }

  /** Lets a deactivated account sign in again. */
  public CompletableFuture<Void> reactivate(Row row) {
    return act(administration::reactivate, row);
  }

  /** Runs one call on {@code row}'s account and shows the account as the server answered. */
  private CompletableFuture<Void> act(
      Function<String, CompletableFuture<AccountInfo>> call, Row row) {
    error.set("");
    return call.apply(row.userId())
        .handle(
            (account, failure) -> {
              if (failure != null) {
                error.set(Refusals.sentence(failure));
              } else {
                replace(row(account));
              }
              return null;
            });
  }

  private void replace(Row changed) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).userId().equals(changed.userId())) {
        rows.set(i, changed);
        return;
      }
    }
  }

  private Row row(AccountInfo account) {
    boolean me = account.userId().equals(myUserId);
    boolean below = !me && myRole != null && myRole.outranks(account.role());
    ServerRole next =
        myRole == ServerRole.OWNER && below
            ? (account.role() == ServerRole.ADMIN ? ServerRole.MEMBER : ServerRole.ADMIN)
            : null;
    String name =
        account.displayName() == null
            ? account.username()
            : account.displayName() + " (" + account.username() + ")";
    return new Row(
        account.userId(),
        account.username(),
        name + (me ? " · you" : ""),
        detail(account),
        account.deactivated(),
        next,
        below);
  }

  private String detail(AccountInfo account) {
    String role = roleName(account.role());
    int count = account.sessionCount();
    String sessions = count == 1 ? "1 session" : count + " sessions";
    // The server records a visit's end; an account signed in since it was made has none yet.
    String seen =
        account.lastSeen() != 0
            ? "last seen " + WHEN.format(Instant.ofEpochMilli(account.lastSeen()).atZone(zone))
            : count > 0 ? "not seen offline yet" : "never seen";
    return String.join(
        " · ", List.of(account.deactivated() ? role + ", deactivated" : role, seen, sessions));
  }

  /** "Owner", "Admin", "Member". */
  public static String roleName(ServerRole role) {
    return switch (role) {
      case OWNER -> "Owner";
      case ADMIN -> "Admin";
      case MEMBER -> "Member";
    };
  }

  /** The start of the names to list; {@link #load} again after it changes. */
  public StringProperty queryProperty() {
    return query;
  }

  public ObservableList<Row> rows() {
    return rows;
  }

  /** The question before a deactivation, while it waits for an answer; otherwise empty. */
  public ReadOnlyStringProperty questionProperty() {
    return question;
  }

  /** Why the last call failed, in one sentence; empty when it did not. */
  public StringProperty errorProperty() {
    return error;
  }
}
