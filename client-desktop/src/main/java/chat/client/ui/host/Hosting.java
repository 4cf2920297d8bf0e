package chat.client.ui.host;

import chat.client.config.Settings;
import chat.client.config.Settings.Switch;
import chat.client.host.LocalServerHost;
import chat.client.host.LocalServerHost.Hosted;
import chat.client.net.InviteLink;
import chat.client.net.ServerAddress;
import chat.client.net.Session;
import chat.protocol.model.User;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The server this app hosts, as the window sees it: whether one runs (a property the sidebar, the
 * tray and the close button follow), who else is connected to it, and stopping it. A stop the user
 * asks for is remembered, so that the next start does not host again; quitting while hosting is not
 * such a stop.
 */
public final class Hosting implements AutoCloseable {

  private final LocalServerHost host;
  private final Session client;
  private final Settings settings;
  private final Executor background;
  private final Executor fx;
  private final ReadOnlyObjectWrapper<Hosted> hosted;
  private final Runnable changed;

  /**
   * @param background where the server stops (it waits for acks in flight)
   * @param fx where the property changes and stops complete
   */
  public Hosting(
      LocalServerHost host, Session client, Settings settings, Executor background, Executor fx) {
    this.host = host;
    this.client = client;
    this.settings = settings;
    this.background = background;
    this.fx = fx;
    this.hosted = new ReadOnlyObjectWrapper<>(host.hosted());
    this.changed = () -> fx.execute(() -> hosted.set(host.hosted()));
    host.addListener(changed);
  }

  /** The running server, or null. */
  public ReadOnlyObjectProperty<Hosted> hostedProperty() {
    return hosted.getReadOnlyProperty();
  }

  public Hosted hosted() {
    return hosted.get();
  }

  /**
   * The people connected to the hosted server other than this app's own user: their usernames, in
   * alphabetical order; empty when nothing is hosted.
   */
  public List<String> othersConnected() {
    Hosted running = hosted.get();
    if (running == null) {
      return List.of();
    }
    User me = client.me();
    String myName = me != null && on(running) ? me.username() : null;
    return host.connectedUsernames().stream().filter(name -> !name.equals(myName)).toList();
  }

  /**
   * The invite link to {@code code}: on the server hosted here, at the address others on the LAN
   * type and with its certificate; on another server, as this app reached it.
   */
  public InviteLink inviteLink(String code) {
    Hosted running = hosted.get();
    return signedInTo(running)
        ? InviteLink.to(
            ServerAddress.parse(running.addressForOthers()), code, running.tlsFingerprint())
        : client.administration().linkFor(code);
  }

  /** Whether this app's session is signed in to {@code server}, the one it hosts (or hosted). */
  public boolean signedInTo(Hosted server) {
    return client.me() != null && on(server);
  }

  private boolean on(Hosted server) {
    ServerAddress address = client.address();
    return server != null
        && address != null
        && address.url().equals(ServerAddress.parse(server.localAddress()).url());
  }

  /**
   * The user stops hosting: the server stops (off the FX thread) and the next start does not host
   * again. The future completes on the FX thread.
   */
  public CompletableFuture<Void> stop() {
    settings.set(Switch.HOSTED_LAST_TIME, false);
    return CompletableFuture.runAsync(this::stopServer, background)
        .whenCompleteAsync((ok, failure) -> {}, fx);
  }

  private void stopServer() {
    try {
      host.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while stopping the hosted server", e);
    }
  }

  /** Stops following the server (the app is closing); the server itself stops with the app. */
  @Override
  public void close() {
    host.removeListener(changed);
  }
}
