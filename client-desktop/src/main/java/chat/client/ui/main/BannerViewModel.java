package chat.client.ui.main;

import chat.client.net.ConnectionStatus;
import java.time.Clock;
import java.time.Duration;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The connection banner: hidden while connected; otherwise "Connecting…", "Offline. Reconnecting in
 * N s" with "Retry now", or the warning that the server's certificate changed. The view calls
 * {@link #tick()} every second for the countdown.
 */
public final class BannerViewModel {

  private final ReadOnlyObjectProperty<ConnectionStatus> status;
  static final String CERTIFICATE_CHANGED_TEXT =
      "The server's certificate has changed since you connected, so the app stopped talking to"
          + " it and sent nothing. Log out, then connect again to check the new certificate.";

  private final Runnable retry;
  private final Clock clock;
  private final StringProperty text = new SimpleStringProperty("");
  private final BooleanProperty visible = new SimpleBooleanProperty();
  private final BooleanProperty canRetry = new SimpleBooleanProperty();
  private final ObjectProperty<ConnectionStatus.Phase> phase = new SimpleObjectProperty<>();

  public BannerViewModel(
      ReadOnlyObjectProperty<ConnectionStatus> status, Runnable retry, Clock clock) {
    this.status = status;
    this.retry = retry;
    this.clock = clock;
    status.addListener((obs, old, now) -> tick());
    tick();
  }

  /** Brings the text up to date with the status and the clock. */
  public void tick() {
    ConnectionStatus now = status.get();
    phase.set(now.phase());
    visible.set(
        now.phase() == ConnectionStatus.Phase.CONNECTING
            || now.phase() == ConnectionStatus.Phase.WAITING
            || now.phase() == ConnectionStatus.Phase.CERTIFICATE_CHANGED);
    canRetry.set(now.phase() == ConnectionStatus.Phase.WAITING);
    text.set(
        switch (now.phase()) {
          case CONNECTED -> "Connected";
          case CONNECTING -> "Connecting…";
          case SIGNED_OUT -> "Signed out";
          case WAITING -> "Offline. Reconnecting in " + secondsLeft(now) + " s";
          case CERTIFICATE_CHANGED -> CERTIFICATE_CHANGED_TEXT;
        });
  }

  public void retryNow() {
    retry.run();
  }

  private long secondsLeft(ConnectionStatus waiting) {
    Duration left = Duration.between(clock.instant(), waiting.retryAt());
    return Math.max(0, (left.toMillis() + 999) / 1000);
  }

  public StringProperty textProperty() {
    return text;
  }

  public BooleanProperty visibleProperty() {
    return visible;
  }

  public BooleanProperty canRetryProperty() {
    return canRetry;
  }

  public ObjectProperty<ConnectionStatus.Phase> phaseProperty() {
    return phase;
  }
}
