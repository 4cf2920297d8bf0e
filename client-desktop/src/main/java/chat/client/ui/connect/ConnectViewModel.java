package chat.client.ui.connect;

import chat.client.config.Settings;
import chat.client.config.Settings.HostPorts;
import chat.client.discovery.FoundServer;
import chat.client.host.LocalServerHost;
import chat.client.net.ChatClient;
import chat.client.net.Failures;
import chat.client.net.ServerAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The first screen: type a server's address (or pick a recent one, or one found on the network), or
 * host a server here and connect to it. {@code onConnected} runs once the server has answered.
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

  /** Connects to the typed address. */
  public void connect() {
    ServerAddress parsed;
    try {
      parsed = ServerAddress.parse(address.get());
    } catch (IllegalArgumentException e) {
      error.set(e.getMessage());
      return;
    }
    error.set("");
    busy.set(true);
    client
        .probe(parsed)
        .whenComplete(
            (info, failure) -> {
              busy.set(false);
              if (failure == null) {
                onConnected.run();
              } else {
                error.set(Failures.describe(failure));
              }
            });
  }

  /** Fills in the address of a server found on the network. */
  public void choose(FoundServer server) {
    address.set(server.address());
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
    return "Hosting a server here. Others on your network connect to " + hosted.addressForOthers();
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

  public ObservableList<String> recentServers() {
    return recent;
  }

  /** The servers found on the network; give it to a {@link chat.client.discovery.ServerBrowser}. */
  public NearbyServers nearby() {
    return nearby;
  }
}
