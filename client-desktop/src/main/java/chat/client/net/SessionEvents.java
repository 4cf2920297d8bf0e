package chat.client.net;

import chat.client.net.ClientEvent.SessionEnded;
import chat.protocol.server.ServerFrame;
import chat.protocol.server.UserUpdated;

/**
 * Routes one session's connection news, on the loop thread: socket traffic to its {@link Delivery},
 * the rest to the {@link Session}. The connection goes quiet once stopped, so a session that ended
 * cannot touch the next one.
 */
final class SessionEvents implements Connection.Listener {

  private final Delivery delivery;
  private final Session client;

  SessionEvents(Delivery delivery, Session client) {
    this.delivery = delivery;
    this.client = client;
  }

  @Override
  public void connected(SocketLink link) {
    delivery.connected(link);
  }

  @Override
  public void disconnected() {
    delivery.disconnected();
  }

  @Override
  public void event(ServerFrame event) {
    if (event instanceof UserUpdated updated) {
      client.signedIn().renamed(updated.user());
    }
    delivery.event(event);
  }

  @Override
  public void status(ConnectionStatus status) {
    client.setStatus(status);
  }

  @Override
  public void tokensRotated(Tokens tokens) {
    client.remember(tokens);
  }

  @Override
  public void sessionEnded(String reason) {
    client.endSession();
    client.emit(new SessionEnded(reason));
  }
}
