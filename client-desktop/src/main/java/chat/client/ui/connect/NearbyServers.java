package chat.client.ui.connect;

import chat.client.discovery.FoundServer;
import chat.client.discovery.ServerBrowser;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The servers found on the LAN, as the connect screen lists them: a {@link ServerBrowser.Listener}
 * that moves each finding onto the FX thread (through {@code fx}) and keeps one entry per server,
 * in the order they were found.
 */
public final class NearbyServers implements ServerBrowser.Listener {

  private final Executor fx;
  private final ObservableList<FoundServer> servers = FXCollections.observableArrayList();

  public NearbyServers(Executor fx) {
    this.fx = fx;
  }

  @Override
  public void found(FoundServer server) {
    fx.execute(
        () -> {
          for (int i = 0; i < servers.size(); i++) {
            if (servers.get(i).key().equals(server.key())) {
              servers.set(i, server);
              return;
            }
          }
          servers.add(server);
        });
  }

  @Override
  public void lost(String key) {
    fx.execute(() -> servers.removeIf(s -> s.key().equals(key)));
  }

  /** Changed only on the FX thread. */
  public ObservableList<FoundServer> servers() {
    return servers;
  }
}
