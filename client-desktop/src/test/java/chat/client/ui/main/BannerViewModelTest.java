package chat.client.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.net.ConnectionStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class BannerViewModelTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private final SimpleObjectProperty<ConnectionStatus> status =
      new SimpleObjectProperty<>(ConnectionStatus.CONNECTED);
  private final AtomicInteger retries = new AtomicInteger();
  private final BannerViewModel banner =
      new BannerViewModel(status, retries::incrementAndGet, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void hiddenWhileConnected() {
    assertThat(banner.visibleProperty().get()).isFalse();
    assertThat(banner.textProperty().get()).isEqualTo("Connected");
  }

  @Test
  void countsDownToTheNextAttemptAndOffersToRetryNow() {
    status.set(ConnectionStatus.waitingUntil(NOW.plusMillis(4200)));

    assertThat(banner.visibleProperty().get()).isTrue();
    assertThat(banner.textProperty().get()).isEqualTo("Offline. Reconnecting in 5 s");
    assertThat(banner.canRetryProperty().get()).isTrue();

    banner.retryNow();
    assertThat(retries).hasValue(1);
  }

  @Test
  void saysConnectingWithoutARetryButton() {
    status.set(ConnectionStatus.CONNECTING);

    assertThat(banner.textProperty().get()).isEqualTo("Connecting…");
    assertThat(banner.visibleProperty().get()).isTrue();
    assertThat(banner.canRetryProperty().get()).isFalse();
  }

  @Test
  void warnsOfAChangedCertificateWithoutARetryButton() {
    status.set(ConnectionStatus.CERTIFICATE_CHANGED);

    assertThat(banner.visibleProperty().get()).isTrue();
    assertThat(banner.textProperty().get()).startsWith("The server's certificate has changed");
    assertThat(banner.canRetryProperty().get()).isFalse();
  }
}
