package chat.client.ui.connect;

import chat.client.config.Settings;
import chat.client.config.Settings.HostPorts;
import chat.client.discovery.FoundServer;
import chat.client.host.LocalServerHost;
import chat.client.net.ChatClient;
import chat.client.net.Failures;
import chat.client.net.ServerAddress;
import chat.client.net.UntrustedCertificateException;
import chat.protocol.CertificateFingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The first screen: type a server's address (or pick a recent one, or one found on the network), or
 * host a server here and connect to it. {@code onConnected} runs once the server has answered.
 *
 * <p>Over TLS the server must present the certificate pinned for it. On first use the app shows the
 * certificate's fingerprint ({@link #certificateCheckProperty()}) and connects only once the user
 * trusts it. A changed certificate is refused: {@code onConnected} never runs, so the sign-in
 * screen, and with it any password, is never reached; the user may cancel, or deliberately forget
 * the old certificate and then decide on the new one as on first use.
 */
public final class ConnectViewModel {

  private final ChatClient client;
  private final LocalServerHost host;
  private final Settings settings;
  private final Executor background;
  private final Executor fx;
  private final Runnable onConnected;

  private final StringProperty address = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty hostHttpPort = new SimpleStringProperty();
  private final StringProperty hostWsPort = new SimpleStringProperty();
  private final StringProperty hostStatus = new SimpleStringProperty("");
  private final ObservableList<String> recent = FXCollections.observableArrayList();
  private final NearbyServers nearby;
  private FoundServer chosen;
  private final ObjectProperty<CertificateCheck> certificateCheck = new SimpleObjectProperty<>();

  public ConnectViewModel(
      ChatClient client,
      LocalServerHost host,
      Settings settings,
      Executor background,
      Executor fx,
      Runnable onConnected) {
    this.client = client;
    this.host = host;
    this.settings = settings;
    this.background = background;
    this.fx = fx;
    this.onConnected = onConnected;
    this.nearby = new NearbyServers(fx);
    settings.recentServers().forEach(s -> recent.add(ServerAddress.parse(s.url()).display()));
    if (!recent.isEmpty()) {
      address.set(recent.getFirst());
    }
    HostPorts ports = settings.hostPorts();
    hostHttpPort.set(Integer.toString(ports.httpPort()));
    hostWsPort.set(Integer.toString(ports.wsPort()));
    LocalServerHost.Hosted running = host.hosted();
    if (running != null) {
      hostStatus.set(describe(running));
    }
  }

  /**
   * Connects to the typed address. When it is the address of the server last chosen from the
   * network list, the fingerprint that server announced goes along, for the first-use question.
   */
  public void connect() {
    FoundServer found = chosen;
    connect(
        found != null && found.address().equals(address.get().strip())
            ? found.record().tlsFingerprint()
            : Optional.empty());
  }

  /**
   * Connects to the typed address; {@code announcedFingerprint} is the certificate fingerprint LAN
   * discovery announced for it, if any, which a first-use question then says it matches or not
   * (written in any case, with or without colons).
   */
  public void connect(Optional<String> announcedFingerprint) {
    ServerAddress parsed;
    try {
      parsed = ServerAddress.parse(address.get());
    } catch (IllegalArgumentException e) {
      error.set(e.getMessage());
      return;
    }
    probe(parsed, announcedFingerprint.flatMap(CertificateFingerprint::normalize));
  }

  private void probe(ServerAddress target, Optional<String> announced) {
    error.set("");
    certificateCheck.set(null);
    busy.set(true);
    client
        .probe(target)
        .whenComplete(
            (info, failure) -> {
              busy.set(false);
              if (failure == null) {
                onConnected.run();
              } else if (Failures.unwrap(failure)
                  instanceof UntrustedCertificateException refused) {
                certificateCheck.set(
                    new CertificateCheck(target, refused.presented(), refused.pinned(), announced));
              } else {
                error.set(Failures.describe(failure));
              }
            });
  }

  /** Fills in the address of a server found on the network. */
  public void choose(FoundServer server) {
    chosen = server;
    address.set(server.address());
  }

  /**
   * Trusts the certificate shown on first use (pins it for the server) and connects. Does nothing
   * for a changed certificate: that one is never trusted in one step.
   */
  public void trustCertificate() {
    CertificateCheck check = certificateCheck.get();
    if (check == null || check.changed()) {
      return;
    }
    settings.pinCertificate(check.address().hostPort(), check.presented());
    probe(check.address(), check.announced());
  }

  /** Leaves the certificate untrusted and stays on this screen. */
  public void cancelCertificate() {
    certificateCheck.set(null);
  }

  /**
   * After a changed certificate: forgets the old pin. It does not connect; connecting again shows
   * the new certificate as on first use, for the user to check before trusting it.
   */
  public void forgetCertificate() {
    CertificateCheck check = certificateCheck.get();
    if (check == null || !check.changed()) {
      return;
    }
    settings.forgetCertificate(check.address().hostPort());
    certificateCheck.set(null);
    error.set(
        "The certificate saved for "
            + check.address().hostPort()
            + " was forgotten. Connect again to check the new one.");
  }

  /** Starts the hosted server on the chosen ports, then connects to it. */
  public void hostHere() {
    HostPorts ports;
    try {
      ports = new HostPorts(port(hostHttpPort.get()), port(hostWsPort.get()));
    } catch (IllegalArgumentException e) {
      error.set(e.getMessage());
      return;
    }
    error.set("");
    busy.set(true);
    hostStatus.set("Starting the server…");
    CompletableFuture.supplyAsync(() -> startHost(ports), background)
        .whenCompleteAsync(
            (hosted, failure) -> {
              busy.set(false);
              if (failure != null) {
                hostStatus.set("");
                error.set("Could not start the server: " + Failures.unwrap(failure).getMessage());
                return;
              }
              settings.setHostPorts(ports);
              hostStatus.set(describe(hosted));
              address.set(hosted.localAddress());
              // This app started the server itself, so it knows the certificate to trust.
              hosted
                  .tlsFingerprint()
                  .ifPresent(
                      fingerprint ->
                          settings.pinCertificate(
                              ServerAddress.parse(hosted.localAddress()).hostPort(), fingerprint));
              connect();
            },
            fx);
  }

  private LocalServerHost.Hosted startHost(HostPorts ports) {
    try {
      return host.start(ports.httpPort(), ports.wsPort());
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  static String describe(LocalServerHost.Hosted hosted) {
    return "Hosting a server here. Others on your network connect to "
        + hosted.addressForOthers()
        + hosted.fingerprintNotice();
  }

  private static int port(String text) {
    try {
      int port = Integer.parseInt(text.strip());
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException | NullPointerException e) {
      // reported below
    }
    throw new IllegalArgumentException("A port is a number from 1 to 65535, not '" + text + "'");
  }

  public StringProperty addressProperty() {
    return address;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public StringProperty hostHttpPortProperty() {
    return hostHttpPort;
  }

  public StringProperty hostWsPortProperty() {
    return hostWsPort;
  }

  public StringProperty hostStatusProperty() {
    return hostStatus;
  }

  /** The certificate the user must decide on, or null when there is none. */
  public ObjectProperty<CertificateCheck> certificateCheckProperty() {
    return certificateCheck;
  }

  public ObservableList<String> recentServers() {
    return recent;
  }

  /** The servers found on the network; give it to a {@link chat.client.discovery.ServerBrowser}. */
  public NearbyServers nearby() {
    return nearby;
  }
}
