package chat.client.ui.settings;

import chat.client.net.Account;
import chat.client.net.Failures;
import chat.protocol.http.SessionInfo;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The account's sessions: this app's first, then the others by when they were last used, each other
 * one with "Sign out". "Sign out everywhere" ends them all, this one included, and leaves the
 * window for the sign-in screen.
 */
public final class SessionsViewModel {

  /** One session as the list shows it. */
  public record Row(String sessionId, String device, String detail, boolean current) {}

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

  private final Account account;
  private final ZoneId zone;
  private final Runnable signedOutHere;
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final StringProperty error = new SimpleStringProperty("");

  /**
   * @param signedOutHere runs once "sign out everywhere" has ended this app's session too
   */
  public SessionsViewModel(Account account, ZoneId zone, Runnable signedOutHere) {
    this.account = account;
    this.zone = zone;
    this.signedOutHere = signedOutHere;
  }

  public CompletableFuture<Void> load() {
    return account
        .sessions()
        .handle(
            (sessions, failure) -> {
              if (failure != null) {
                error.set(Failures.describe(failure));
                return null;
              }
              error.set("");
              rows.setAll(
                  sessions.stream()
                      .sorted(
                          Comparator.comparing((SessionInfo s) -> !s.current())
                              .thenComparing(SessionInfo::lastUsedAt, Comparator.reverseOrder()))
                      .map(this::row)
                      .toList());
              return null;
            });
  }

  /** Ends another session, then lists the sessions again. */
  public CompletableFuture<Void> signOut(Row row) {
    if (row.current()) {
      return CompletableFuture.completedFuture(null);
    }
    return account
        .signOut(row.sessionId())
        .handle(
            (ok, failure) -> {
              if (failure != null) {
                error.set(Failures.describe(failure));
              }
              return null;
            })
        .thenCompose(ignored -> load());
  }

  public CompletableFuture<Void> signOutEverywhere() {
    return account
        .signOutEverywhere()
        .handle(
            (ok, failure) -> {
              if (failure == null) {
                signedOutHere.run();
              } else {
                error.set(Failures.describe(failure));
              }
              return null;
            });
  }

  private Row row(SessionInfo session) {
    String agent = session.userAgent();
    String device = agent == null || agent.isBlank() ? "Unknown device" : agent;
    String detail =
        (session.current() ? "This app · " : "")
            + "signed in "
            + when(session.createdAt())
            + " · last used "
            + when(session.lastUsedAt());
    return new Row(session.sessionId(), device, detail, session.current());
  }

  private String when(long epochMillis) {
    return WHEN.format(Instant.ofEpochMilli(epochMillis).atZone(zone));
  }

  public ObservableList<Row> rows() {
    return rows;
  }

  public StringProperty errorProperty() {
    return error;
  }
}
