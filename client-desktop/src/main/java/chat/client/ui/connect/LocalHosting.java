package chat.client.ui.connect;

import chat.client.config.Settings;
import chat.client.config.Settings.HostPorts;
import chat.client.config.Settings.Switch;
import chat.client.host.LocalServerHost;
import chat.client.net.Failures;
import chat.client.net.ServerAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Hosting a server on this computer: the ports to host it on, starting it off the FX thread, and
 * then connecting to it through the {@link ServerConnector}, whose error line and busy flag it
 * shares. The app started the server itself, so it pins the server's certificate without asking.
 */
public final class LocalHosting {

  private final LocalServerHost host;
  private final Settings settings;
  private final ServerConnector connector;
  private final Executor background;
  private final Executor fx;

  private final StringProperty httpPort = new SimpleStringProperty();
  private final StringProperty wsPort = new SimpleStringProperty();
  private final StringProperty status = new SimpleStringProperty("");

  /**
   * Starts with the ports last hosted on, and says so if a server is hosted here already.
   *
   * @param background where the server starts (it takes a while)
   * @param fx where the outcome is shown
   */
  public LocalHosting(
      LocalServerHost host,
      Settings settings,
      ServerConnector connector,
      Executor background,
      Executor fx) {
    this.host = host;
    this.settings = settings;
    this.connector = connector;
    this.background = background;
    this.fx = fx;
    HostPorts ports = settings.hostPorts();
    httpPort.set(Integer.toString(ports.httpPort()));
    wsPort.set(Integer.toString(ports.wsPort()));
    LocalServerHost.Hosted running = host.hosted();
    if (running != null) {
      status.set(describe(running));
    }
  }

  /** Starts the hosted server on the chosen ports, then connects to it. */
  public void hostHere() {
    HostPorts ports;
    try {
      ports = new HostPorts(port(httpPort.get()), port(wsPort.get()));
    } catch (IllegalArgumentException e) {
      connector.errorProperty().set(e.getMessage());
      return;
    }
    connector.errorProperty().set("");
    connector.busyProperty().set(true);
    status.set("Starting the server…");
    CompletableFuture.supplyAsync(() -> start(ports), background)
        .whenCompleteAsync(
            (hosted, failure) -> {
              connector.busyProperty().set(false);
              if (failure == null) {
                connectTo(hosted, ports);
              } else {
                status.set("");
                connector
                    .errorProperty()
                    .set("Could not start the server: " + Failures.unwrap(failure).getMessage());
              }
            },
            fx);
  }

  /**
   * Hosts again, on the saved ports, when the app was hosting when it last quit and the user lets
   * it ({@link Settings.Switch#HOST_ON_START}); then connects, and the sign-in screen signs back in
   * with a remembered token.
   *
   * @return whether it started hosting
   */
  public boolean hostAgainIfHostedLastTime() {
    if (!settings.isOn(Switch.HOST_ON_START)
        || !settings.isOn(Switch.HOSTED_LAST_TIME)
        || host.hosted() != null) {
      return false;
    }
    hostHere();
    return true;
  }

  private void connectTo(LocalServerHost.Hosted hosted, HostPorts ports) {
    settings.setHostPorts(ports);
    settings.set(Switch.HOSTED_LAST_TIME, true);
    status.set(describe(hosted));
    connector.addressProperty().set(hosted.localAddress());
    hosted
        .tlsFingerprint()
        .ifPresent(
            fingerprint ->
                settings.pinCertificate(
                    ServerAddress.parse(hosted.localAddress()).hostPort(), fingerprint));
    connector.connect();
  }

  private LocalServerHost.Hosted start(HostPorts ports) {
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

  public StringProperty httpPortProperty() {
    return httpPort;
  }

  public StringProperty wsPortProperty() {
    return wsPort;
  }

  /** What is hosted here and how others reach it; empty when nothing is. */
  public StringProperty statusProperty() {
    return status;
  }
}
