package chat.server.support;

import chat.server.ServerConfig;
import chat.server.Services;
import chat.server.metrics.ServerMetrics;
import chat.server.store.Storage;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * A node's services wired on a store as a server wires them, with the default settings, no files
 * and no sockets: for tests that call a service directly. Closing closes the services and their
 * metrics, not the store, which its opener closes.
 */
public record WiredServices(ServerMetrics metrics, Services services) implements AutoCloseable {

  public static WiredServices on(Storage storage) {
    ServerMetrics metrics = new ServerMetrics();
    return new WiredServices(
        metrics,
        Services.wire(
            ServerConfig.fromEnvironment(Map.of()),
            storage,
            Optional.empty(),
            metrics,
            Clock.systemUTC()));
  }

  @Override
  public void close() {
    services.close();
    metrics.close();
  }
}
