package chat.server.ws;

import chat.protocol.CloseCodes;
import chat.protocol.ErrorBody;
import chat.protocol.ErrorCode;
import chat.protocol.FrameDecodingException;
import chat.protocol.Limits;
import chat.protocol.ProtocolJson;
import chat.protocol.client.Auth;
import chat.protocol.client.ClientFrame;
import chat.protocol.server.Ack;
import chat.protocol.server.ErrorFrame;
import chat.protocol.server.ServerFrame;
import chat.server.auth.AuthenticatedUser;
import chat.server.auth.SessionService;
import chat.server.chat.PresenceService;
import chat.server.edge.ErrorMapper;
import chat.server.edge.RefusalLog;
import chat.server.metrics.ServerMetrics;
import chat.server.net.ClientAddresses;
import chat.server.net.TransportLimits;
import chat.server.store.BusEvent;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketServerFactory;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.DefaultSSLWebSocketServerFactory;
import org.java_websocket.server.DefaultWebSocketServerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The socket endpoint. Decoder threads only measure a frame and queue it on its connection;
 * decoding, authentication and service calls run on virtual threads, one connection's requests in
 * order. Auth failures complete the upgrade and then close with {@link CloseCodes#UNAUTHORIZED}
 * ({@link CloseCodes#AUTH_TIMEOUT} when no auth came in time), because a refused handshake reaches
 * clients as a bare 404. Failures become error frames through {@link ErrorMapper}.
 *
 * <p>The {@link SocketPort} is watched every second, so that it listens anew when its accept loop
 * dies; each second also logs the counts of refusals and store failures whose log window closed
 * ({@link RefusalLog#logClosedWindows}).
 */
public final class SocketGateway {

  public static final String PATH = "/ws";
  private static final String BEARER = "Bearer ";
  private static final Duration WRITE_DEMAND_RETRY = Duration.ofMillis(100);

  /** How long a frame may wait at most when the selector lost its write demand. */
  private static final Duration WRITE_RECHECK = Duration.ofMillis(20);

  private static final Logger log = LoggerFactory.getLogger(SocketGateway.class);

  private final ConnectionRegistry registry = new ConnectionRegistry();
  private final ExecutorService requestExecutor = Executors.newVirtualThreadPerTaskExecutor();
  private final ScheduledExecutorService timers =
      Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().factory());

  private final PresenceService presence;
  private final RequestDispatcher dispatcher;
  private final ServerMetrics metrics;
  private final Clock clock;
  private final Listening listening;
  private final SocketQuota quota;
  private final SocketOutput output;
  private final RefusalLog refusals;
  private final ErrorMapper errors;
  private final SocketAuthentication authentication;
  private WebSocketServerFactory factory;
  private volatile SocketDrain socketDrain;
  private volatile SocketPort port;
  private volatile boolean draining;

  /**
   * Where the socket port listens, and what it allows one client.
   *
   * @param clientAddresses who the client behind a connection is, proxies considered
   */
  public record Listening(
      InetSocketAddress address, TransportLimits limits, ClientAddresses clientAddresses) {}

  public SocketGateway(
      Listening listening,
      SessionService sessions,
      PresenceService presence,
      RequestDispatcher dispatcher,
      ServerMetrics metrics,
      Clock clock) {
    this.listening = listening;
    TransportLimits limits = listening.limits();
    this.quota = new SocketQuota(limits.maxSockets(), limits.maxSocketsPerAddress());
    this.factory =
        new HandshakeDeadline(
            new CoalescedWrites(new DefaultWebSocketServerFactory()),
            limits.handshakeTimeout(),
            timers);
    this.presence = presence;
    this.dispatcher = dispatcher;
    this.metrics = metrics;
    this.clock = clock;
    this.refusals = new RefusalLog(metrics, clock);
    this.errors = new ErrorMapper(refusals);
    this.authentication = new SocketAuthentication(sessions, presence, registry, errors);
    this.output = new SocketOutput(new SendBacklog(limits.maxSendBacklogBytes(), timers, refusals));
    metrics.gauge("chat.ws.connections", registry::size);
  }

  /** Serves {@code wss} instead of {@code ws}; call before {@link #startAndWait}. */
  public void serveTls(SSLContext context) {
    factory =
        new HandshakeDeadline(
            new DefaultSSLWebSocketServerFactory(context),
            listening.limits().handshakeTimeout(),
            timers);
  }

  /**
   * Starts listening and waits until the port is bound.
   *
   * @throws IOException when the port cannot be bound
   */
  public void startAndWait() throws IOException, InterruptedException {
    socketDrain = new SocketDrain();
    SocketPort opened =
        new SocketPort(
            listening.address(),
            this,
            new DrainingClose(factory, socketDrain),
            listening.limits().pingInterval());
    opened.open();
    port = opened;
    timers.scheduleWithFixedDelay(
        () -> {
          if (draining) {
            return;
          }
          refusals.logClosedWindows();
          try {
            opened.watch();
          } catch (RuntimeException e) {
            // a throw would cancel this schedule, and the port would never be listened on again
            log.error("watching the socket port failed; trying again in a second", e);
          }
        },
        1,
        1,
        TimeUnit.SECONDS);
    timers.scheduleWithFixedDelay(
        () -> {
          try {
            output.recheck();
          } catch (RuntimeException e) {
            // a throw would cancel this schedule, and lost write demands would stay lost
            log.error("rechecking sockets' queued frames failed", e);
          }
        },
        WRITE_RECHECK.toMillis(),
        WRITE_RECHECK.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** The port sockets connect to. */
  public int getPort() {
    return port.port();
  }

  /** Whether the socket port accepts connections; false while it cannot listen (readiness). */
  public boolean isAccepting() {
    return port.isAccepting();
  }

  /** Who has a socket open on this node: usernames, in alphabetical order. */
  public List<String> connectedUsernames() {
    return registry.usernames();
  }

  /** Delivers a bus event to this node's sockets; each frame is serialized once. */
  public void deliver(BusEvent event) {
    switch (event) {
      case BusEvent.Delivery d -> sendTo(d.userIds(), d.frame());
      case BusEvent.RoomMessage m -> sendTo(m.userIds(), m.frame());
      case BusEvent.SessionDelivery s ->
          send(
              registry.ofSession(s.sessionId()).stream().map(ClientConnection::socket).toList(),
              s.frame());
      case BusEvent.SessionRevoked r ->
          registry
              .ofSession(r.sessionId())
              .forEach(c -> c.close(CloseCodes.UNAUTHORIZED, ErrorCode.UNAUTHORIZED.name()));
    }
  }

  private void sendTo(Set<String> userIds, ServerFrame frame) {
    send(registry.socketsOf(userIds), frame);
  }

  private void send(List<WebSocket> sockets, ServerFrame frame) {
    if (!sockets.isEmpty()) {
      metrics.delivered(output.send(frame, sockets));
    }
  }

  /**
   * Stops taking requests, lets the ones already queued finish (their acks go out), then closes
   * every socket with {@link CloseCodes#GOING_AWAY}.
   */
  public void shutdown(Duration grace) throws InterruptedException {
    draining = true;
    requestExecutor.shutdown();
    if (!requestExecutor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
      log.warn("requests still running after {} ms; closing anyway", grace.toMillis());
    }
    timers.shutdownNow();
    refusals.logAllWindows();
    if (port != null) {
      port.close(grace, "server shutting down");
    }
    if (socketDrain != null) {
      try {
        socketDrain.close();
      } catch (IOException e) {
        log.warn("cannot stop draining closed sockets: {}", e.toString());
      }
    }
  }

  void onOpen(WebSocket socket, ClientHandshake handshake) {
    if (!PATH.equals(handshake.getResourceDescriptor().split("\\?", 2)[0])) {
      socket.close(CloseCodes.POLICY_VIOLATION, "unknown path; connect to " + PATH);
      return;
    }
    InetAddress address =
        listening
            .clientAddresses()
            .of(
                socket.getRemoteSocketAddress().getAddress(),
                handshake.getFieldValue("X-Forwarded-For"));
    switch (quota.admit(address)) {
      case ADMITTED -> {}
      case ADDRESS_FULL -> {
        refusals.refused("socket connection", "TOO_MANY_SOCKETS", "from " + address);
        socket.close(CloseCodes.TOO_MANY_SOCKETS, "TOO_MANY_SOCKETS");
        return;
      }
      case SERVER_FULL -> {
        refusals.refused("socket connection", "SERVER_FULL", "from " + address);
        socket.close(CloseCodes.TRY_AGAIN_LATER, "SERVER_FULL");
        return;
      }
    }
    ClientConnection connection = new ClientConnection(socket, address, output, requestExecutor);
    socket.setAttachment(connection);
    String header = handshake.getFieldValue("Authorization");
    if (header != null && !header.isBlank()) {
      String token = header.startsWith(BEARER) ? header.substring(BEARER.length()).strip() : "";
      connection.enqueue(() -> authentication.authenticate(connection, token, null));
    } else {
      timers.schedule(
          () -> {
            if (connection.user() == null) {
              refusals.refused("socket connection", "AUTH_TIMEOUT", "no auth in time");
              connection.close(CloseCodes.AUTH_TIMEOUT, "AUTH_TIMEOUT");
            }
          },
          listening.limits().authTimeout().toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  void onMessage(WebSocket socket, String text) {
    long arrivedAt = clock.millis();
    ClientConnection connection = socket.getAttachment();
    if (connection == null || draining) {
      return; // refused at open, or shutting down
    }
    if (FrameSize.utf8Length(text) > Limits.MAX_FRAME_BYTES) {
      refuse(
          connection,
          null,
          ErrorCode.PAYLOAD_TOO_LARGE,
          "frame over " + Limits.MAX_FRAME_BYTES + " bytes");
      return;
    }
    if (!connection.enqueue(() -> handle(connection, text, arrivedAt))) {
      refuse(
          connection, null, ErrorCode.RATE_LIMITED, "too many requests waiting on this connection");
    }
  }

  void onMessage(WebSocket socket, ByteBuffer bytes) {
    ClientConnection connection = socket.getAttachment();
    if (connection == null) {
      return;
    }
    refuse(connection, null, ErrorCode.INVALID_INPUT, "frames must be JSON text");
  }

  /** Runs {@code action} on the timer thread a moment from now; not at all once stopping. */
  void shortlyAfter(Runnable action) {
    try {
      timers.schedule(action, WRITE_DEMAND_RETRY.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException stopping) {
      // every socket is being closed anyway
    }
  }

  void onClose(WebSocket socket, int code, String reason, boolean remote) {
    ClientConnection connection = socket.getAttachment();
    if (connection != null) {
      // A socket still drained holds its descriptor: it counts until the drain ends.
      socketDrain.afterDrained(socket, () -> quota.release(connection.address()));
    }
    if (connection != null && registry.remove(connection)) {
      String userId = connection.user().userId();
      if (draining) {
        presence.socketClosed(userId);
      } else {
        connection.enqueueAfterRequests(() -> presence.socketClosed(userId));
      }
    }
  }

  void onError(WebSocket socket, Exception e) {
    if (socket == null) {
      log.error("socket listener failed: {}", e.toString());
    } else if (e instanceof InvalidDataException invalid) {
      // The client's doing, and on demand: counted, and logged once a minute at most.
      refusals.refused("socket frame", "CLOSE_" + invalid.getCloseCode(), invalid.getMessage());
    } else if (e instanceof IOException) {
      log.debug("socket error on {}: {}", socket.getRemoteSocketAddress(), e.toString());
    } else {
      log.warn("socket error on {}: {}", socket.getRemoteSocketAddress(), e.toString());
    }
  }

  private void handle(ClientConnection connection, String text, long arrivedAt) {
    String requestId = null;
    String where = "socket frame";
    try {
      ClientFrame frame = ProtocolJson.decodeClientFrame(text);
      requestId = frame.requestId();
      where = "socket " + frame.getClass().getSimpleName();
      AuthenticatedUser user = connection.user();
      if (user == null) {
        if (frame instanceof Auth auth) {
          authentication.authenticate(connection, auth.token(), auth.requestId());
        } else {
          refuse(connection, requestId, ErrorCode.UNAUTHORIZED, "send an auth frame first");
        }
        return;
      }
      metrics.socketRequest(RequestDispatcher.typeOf(frame));
      connection.send(new Ack(requestId, dispatcher.dispatch(user, frame, arrivedAt)));
    } catch (RuntimeException e) {
      String answering =
          e instanceof FrameDecodingException undecoded ? undecoded.requestId() : requestId;
      connection.send(new ErrorFrame(answering, errors.toWire(e, where).body()));
    }
  }

  /** Answers a frame refused at the edge, counted and logged as every refusal is. */
  private void refuse(
      ClientConnection connection, String requestId, ErrorCode code, String message) {
    refusals.refused("socket frame", code.name(), message);
    connection.send(new ErrorFrame(requestId, new ErrorBody(code, message, null, null)));
  }
}
