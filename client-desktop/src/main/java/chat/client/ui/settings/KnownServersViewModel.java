package chat.client.ui.settings;

import chat.client.config.Settings;
import chat.client.net.ServerAddress;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The servers this app has signed in to, most recent first. Any but the current one can be removed
 * (with its remembered sign-in); any whose certificate is pinned can have it forgotten, so that the
 * next connection asks again, as on first use.
 */
public final class KnownServersViewModel {

  /** One server as the list shows it. */
  public record Row(
      String url, String name, String username, String hostPort, boolean current, boolean pinned) {}

  private final Settings settings;
  private final String currentUrl;
  private final ObservableList<Row> rows = FXCollections.observableArrayList();

  /**
   * @param currentUrl the server this app is signed in to now
   */
  public KnownServersViewModel(Settings settings, String currentUrl) {
    this.settings = settings;
    this.currentUrl = currentUrl;
    reload();
  }

  /** Forgets a server other than the current one, with its sign-in. */
  public void remove(Row row) {
    if (!row.current()) {
      settings.forgetServer(row.url());
      reload();
    }
  }

  /** Forgets the certificate pinned for the server's {@code host:port}. */
  public void forgetCertificate(Row row) {
    settings.forgetCertificate(row.hostPort());
    reload();
  }

  private void reload() {
    rows.setAll(
        settings.recentServers().stream()
            .map(
                server -> {
                  String hostPort = new ServerAddress(server.url()).hostPort();
                  return new Row(
                      server.url(),
                      server.name(),
                      server.username(),
                      hostPort,
                      server.url().equals(currentUrl),
                      settings.pinnedCertificate(hostPort).isPresent());
                })
            .toList());
  }

  public ObservableList<Row> rows() {
    return rows;
  }
}
