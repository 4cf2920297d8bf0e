package chat.client.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import chat.protocol.server.ServerFrame;
import chat.protocol.server.TypingEvent;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

/** What a {@link Connection} does with its socket's callbacks once its session has closed. */
class ConnectionTest {

  @Test
  void socketCallbacksArrivingAfterTheSessionClosedAreDropped() {
    ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor();
    loop.shutdown(); // what Session.close() does before the queued stop() closes the socket
    List<Object> told = new CopyOnWriteArrayList<>();
    Connection connection =
        new Connection(
            new Connection.Server(null, null, "ws://127.0.0.1:9/ws"),
            new Tokens(null, "access", "refresh", Long.MAX_VALUE, null),
            new Connection.Timing(
                ReconnectPolicy.standard(), loop, Runnable::run, Clock.systemUTC()),
            recording(told));

    assertThatCode(
            () -> {
              connection.event(new TypingEvent("room", "bob", true));
              connection.closed(null, 1001, "going away");
              connection.opened(null);
              connection.retryNow();
            })
        .doesNotThrowAnyException();
    assertThat(told).isEmpty();
  }

  private static Connection.Listener recording(List<Object> told) {
    return new Connection.Listener() {
      @Override
      public void connected(SocketLink link) {
        told.add(link);
      }

      @Override
      public void disconnected() {
        told.add("disconnected");
      }

      @Override
      public void event(ServerFrame event) {
        told.add(event);
      }

      @Override
      public void status(ConnectionStatus status) {
        told.add(status);
      }

      @Override
      public void tokensRotated(Tokens tokens) {
        told.add(tokens);
      }

      @Override
      public void sessionEnded(String reason) {
        told.add(reason);
      }
    };
  }
}
