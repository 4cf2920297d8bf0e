package chat.server;

import chat.server.store.StoreException;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The headless server: settings from the environment, stopped gracefully on SIGTERM or Ctrl+C.
 * Exits with 2 when a setting is bad, after saying which.
 */
public final class ServerMain {

  private static final Logger log = LoggerFactory.getLogger(ServerMain.class);

  private ServerMain() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    ServerConfig config;
    try {
      config = ServerConfig.fromEnvironment(System.getenv());
    } catch (ConfigException e) {
      System.err.println("The server cannot start:");
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    ChatServer server;
    try {
      server = ChatServer.start(config);
    } catch (ConfigException e) {
      System.err.println("The server cannot start:");
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    } catch (IOException | StoreException e) {
      log.error("The server cannot start: {}", e.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            Thread.ofPlatform()
                .name("shutdown")
                .unstarted(
                    () -> {
                      try {
                        server.stop();
                      } catch (InterruptedException e) {
                        log.warn("shutdown interrupted");
                        Thread.currentThread().interrupt();
                      }
                    }));
  }
}
