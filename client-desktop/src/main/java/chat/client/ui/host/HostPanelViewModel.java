package chat.client.ui.host;

import chat.client.host.LocalServerHost.Hosted;
import chat.client.net.Failures;
import chat.protocol.CertificateFingerprint;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The host panel: the addresses to share, the certificate to compare, who is connected and for how
 * long the server has been up, and Stop. Who is connected is asked anew on each {@link #refresh}
 * (the view calls it every few seconds). Stopping a server others use asks first, in the words of
 * {@link StopQuestion}; {@code close} runs once it has stopped.
 */
public final class HostPanelViewModel {

  private final Hosting hosting;
  private final Clock clock;
  private final Runnable close;
  private final Hosted hosted;
  private final ObservableList<String> people = FXCollections.observableArrayList();
  private final StringProperty peopleTitle = new SimpleStringProperty("");
  private final StringProperty uptime = new SimpleStringProperty("");
  private final StringProperty question = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();

  public HostPanelViewModel(Hosting hosting, Clock clock, Runnable close) {
    this.hosting = hosting;
    this.clock = clock;
    this.close = close;
    this.hosted = hosting.hosted();
    refresh();
  }

  /** The addresses others on the LAN can type, one per line in the panel. */
  public List<String> addresses() {
    return hosted == null ? List.of() : hosted.addressesForOthers();
  }

  /** The certificate's SHA-256 fingerprint in hex pairs on two lines; empty without TLS. */
  public String fingerprint() {
    return hosted == null
        ? ""
        : hosted.tlsFingerprint().map(CertificateFingerprint::inTwoLines).orElse("");
  }

  /** "Up for 2 h 5 min". */
  public ReadOnlyStringProperty uptimeProperty() {
    return uptime;
  }

  /** Asks who is connected now and how long the server has been up. */
  public void refresh() {
    List<String> now = hosting.othersConnected();
    if (!now.equals(people)) {
      people.setAll(now);
    }
    peopleTitle.set(
        switch (now.size()) {
          case 0 -> "Nobody else is connected";
          case 1 -> "1 person connected";
          default -> now.size() + " people connected";
        });
    uptime.set(
        hosted == null
            ? "Not hosting"
            : Uptime.describe(Duration.between(hosted.startedAt(), clock.instant())));
  }

  /** The usernames of the people connected, other than the user. */
  public ObservableList<String> people() {
    return people;
  }

  /** "2 people connected", above the list. */
  public ReadOnlyStringProperty peopleTitleProperty() {
    return peopleTitle;
  }

  /** Stops at once when nobody else is connected; otherwise asks first. */
  public void stop() {
    List<String> others = hosting.othersConnected();
    if (others.isEmpty()) {
      stopNow();
    } else {
      question.set(StopQuestion.forOthers(others.size()));
    }
  }

  /** The question before stopping, while it waits for an answer; otherwise empty. */
  public ReadOnlyStringProperty questionProperty() {
    return question;
  }

  /** The user answered the question: stop anyway. */
  public void confirmStop() {
    question.set("");
    stopNow();
  }

  /** The user answered the question: keep hosting. */
  public void cancelStop() {
    question.set("");
  }

  private void stopNow() {
    error.set("");
    busy.set(true);
    hosting
        .stop()
        .whenComplete(
            (ok, failure) -> {
              busy.set(false);
              if (failure == null) {
                close.run();
              } else {
                error.set("Could not stop the server: " + Failures.describe(failure));
              }
            });
  }

  /** Why the server could not stop; empty when nothing failed. */
  public ReadOnlyStringProperty errorProperty() {
    return error;
  }

  /** True while the server stops. */
  public BooleanProperty busyProperty() {
    return busy;
  }
}
