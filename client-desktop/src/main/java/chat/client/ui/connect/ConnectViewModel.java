package chat.client.ui.connect;

import chat.client.config.Settings;
import chat.client.host.LocalServerHost;
import chat.client.net.Session;
import java.util.concurrent.Executor;

/**
 * The first screen, in its three parts: connecting to a server by address, with trust on first use
 * ({@link ServerConnector}); hosting a server here and connecting to it ({@link LocalHosting}); and
 * the servers found on the network ({@link NearbyServers}). {@code onConnected} runs once a server
 * has answered.
 */
public final class ConnectViewModel {

  private final ServerConnector connecting;
  private final LocalHosting hosting;
  private final NearbyServers nearby;

  public ConnectViewModel(
      Session client,
      LocalServerHost host,
      Settings settings,
      Executor background,
      Executor fx,
      Runnable onConnected) {
    this.connecting = new ServerConnector(client, settings, onConnected);
    this.hosting = new LocalHosting(host, settings, connecting, background, fx);
    this.nearby = new NearbyServers(fx);
  }

  public ServerConnector connecting() {
    return connecting;
  }

  public LocalHosting hosting() {
    return hosting;
  }

  /** The servers found on the network; give it to a {@link chat.client.discovery.ServerBrowser}. */
  public NearbyServers nearby() {
    return nearby;
  }
}
