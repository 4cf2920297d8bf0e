package chat.client.discovery;

import java.net.InetAddress;
import java.util.List;

/**
 * The app's {@link ServerBrowser} in a process of its own (so that it can run inside a network
 * namespace), printing one line per finding: {@code FOUND key|name|host|http|ws|version|tls} and
 * {@code LOST key}. Runs until killed.
 */
public final class BrowsePrinter {

  private BrowsePrinter() {}

  /**
   * @param args the address to browse on
   */
  public static void main(String[] args) throws Exception {
    ServerBrowser.start(
        List.of(InetAddress.getByName(args[0])),
        new ServerBrowser.Listener() {
          @Override
          public void found(FoundServer server) {
            System.out.println(
                String.join(
                    "|",
                    "FOUND " + server.key(),
                    server.record().name(),
                    server.host(),
                    Integer.toString(server.record().httpPort()),
                    Integer.toString(server.record().wsPort()),
                    server.record().version(),
                    server.record().tlsFingerprint().orElse("-")));
          }

          @Override
          public void lost(String key) {
            System.out.println("LOST " + key);
          }
        });
    System.out.println("BROWSING");
    Thread.sleep(Long.MAX_VALUE);
  }
}
