package chat.server.ws;

import chat.protocol.CloseCodes;
import chat.protocol.ErrorBody;
import chat.protocol.ErrorCode;
import chat.protocol.FrameDecodingException;
import chat.protocol.Limits;
import chat.protocol.ProtocolJson;
import chat.protocol.client.Auth;
import chat.protocol.client.ClientFrame;
import chat.protocol.result.EmptyResult;
import chat.protocol.server.Ack;
import chat.protocol.server.ErrorFrame;
import chat.protocol.server.ServerFrame;
import chat.server.auth.AuthenticatedUser;
import chat.server.auth.SessionService;
import chat.server.chat.PresenceService;
import chat.server.edge.ErrorMapper;
import chat.server.metrics.ServerMetrics;
import chat.server.store.BusEvent;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.DefaultSSLWebSocketServerFactory;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The socket endpoint. Decoder threads only measure a frame and queue it on its connection;
 * decoding, authentication and service calls run on virtual threads, one connection's requests in
 * order. Auth failures complete the upgrade and then close with {@link CloseCodes#UNAUTHORIZED}
 * ({@link CloseCodes#AUTH_TIMEOUT} when no auth came in time), because a refused handshake reaches
 * clients as a bare 404. Failures become error frames through {@link ErrorMapper}.
 */
public final class SocketGateway extends WebSocketServer {

  public static final String PATH = "/ws";
  private static final Duration AUTH_TIMEOUT = Duration.ofSeconds(5);
  private static final String BEARER = "Bearer ";
  private static final Logger log = LoggerFactory.getLogger(SocketGateway.class);

  private final SessionService sessions;
  private final PresenceService presence;
  private final RequestDispatcher dispatcher;
  private final ServerMetrics metrics;
  private final Clock clock;
  private final ConnectionRegistry registry = new ConnectionRegistry();
  private final ExecutorService requestExecutor = Executors.newVirtualThreadPerTaskExecutor();
  private final ScheduledExecutorService timers =
      Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().factory());
  private final CountDownLatch started = new CountDownLatch(1);
  private volatile boolean draining;
  private volatile Exception startFailure;

  public SocketGateway(
      InetSocketAddress address,
      SessionService sessions,
      PresenceService presence,
      RequestDispatcher dispatcher,
      ServerMetrics metrics,
      Clock clock) {
    super(address, decoderThreads(), List.<Draft>of(new Draft_6455(List.of(), closeAboveLimit())));
    this.sessions = sessions;
    this.presence = presence;
    this.dispatcher = dispatcher;
    this.metrics = metrics;
    this.clock = clock;
    setTcpNoDelay(true);
    setReuseAddr(true);
    setConnectionLostTimeout(60);
    metrics.gauge("chat.ws.connections", registry::size);
  }

  /** Serves {@code wss} instead of {@code ws}; call before {@link #startAndWait}. */
  public void serveTls(SSLContext context) {
    setWebSocketFactory(new DefaultSSLWebSocketServerFactory(context));
  }

  /**
   * Starts listening and waits until the port is bound.
   *
   * @throws IOException when the port cannot be bound
   */
  public void startAndWait() throws IOException, InterruptedException {
    start();
    if (!started.await(10, TimeUnit.SECONDS)) {
      throw new IOException("the socket server did not start within 10 s");
    }
    if (startFailure != null) {
      throw new IOException(
          "cannot listen on " + getAddress() + ": " + startFailure.getMessage(), startFailure);
    }
  }

  /** Delivers a bus event to this node's sockets; each frame is serialized once. */
  public void deliver(BusEvent event) {
    switch (event) {
      case BusEvent.Delivery d -> sendTo(d.userIds(), d.frame());
      case BusEvent.RoomMessage m -> sendTo(m.userIds(), m.frame());
      case BusEvent.SessionRevoked r ->
          registry
              .ofSession(r.sessionId())
              .forEach(c -> c.close(CloseCodes.UNAUTHORIZED, ErrorCode.UNAUTHORIZED.name()));
    }
  }

  private void sendTo(Set<String> userIds, ServerFrame frame) {
    List<WebSocket> sockets = registry.socketsOf(userIds);
    if (!sockets.isEmpty()) {
      broadcast(ProtocolJson.encode(frame), sockets);
      metrics.delivered(sockets.size());
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
    stop((int) grace.toMillis(), "server shutting down");
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  @Override
  public void onOpen(WebSocket socket, ClientHandshake handshake) {
    ClientConnection connection = new ClientConnection(socket, requestExecutor);
    socket.setAttachment(connection);
    if (!PATH.equals(handshake.getResourceDescriptor().split("\\?", 2)[0])) {
      socket.close(CloseCodes.POLICY_VIOLATION, "unknown path; connect to " + PATH);
      return;
    }
    String header = handshake.getFieldValue("Authorization");
    if (header != null && !header.isBlank()) {
      String token = header.startsWith(BEARER) ? header.substring(BEARER.length()).strip() : "";
      connection.enqueue(() -> authenticate(connection, token, null));
    } else {
      timers.schedule(
          () -> {
            if (connection.user() == null) {
              connection.close(CloseCodes.AUTH_TIMEOUT, "AUTH_TIMEOUT");
            }
          },
          AUTH_TIMEOUT.toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public void onMessage(WebSocket socket, String text) {
    long arrivedAt = clock.millis();
    ClientConnection connection = socket.getAttachment();
    if (draining) {
      return;
    }
    if (FrameSize.utf8Length(text) > Limits.MAX_FRAME_BYTES) {
      connection.send(
          error(
              null,
              ErrorCode.PAYLOAD_TOO_LARGE,
              "frame over " + Limits.MAX_FRAME_BYTES + " bytes"));
      return;
    }
    if (!connection.enqueue(() -> handle(connection, text, arrivedAt))) {
      connection.send(
          error(null, ErrorCode.RATE_LIMITED, "too many requests waiting on this connection"));
    }
  }

  @Override
  public void onMessage(WebSocket socket, ByteBuffer bytes) {
    ClientConnection connection = socket.getAttachment();
    connection.send(error(null, ErrorCode.INVALID_INPUT, "frames must be JSON text"));
  }

  @Override
  public void onClose(WebSocket socket, int code, String reason, boolean remote) {
    ClientConnection connection = socket.getAttachment();
    if (connection != null && registry.remove(connection)) {
      String userId = connection.user().userId();
      if (draining) {
        presence.socketClosed(userId);
      } else {
        requestExecutor.execute(() -> presence.socketClosed(userId));
      }
    }
  }

  @Override
  public void onError(WebSocket socket, Exception e) {
    if (socket == null) {
      startFailure = e;
      started.countDown();
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
          authenticate(connection, auth.token(), auth.requestId());
        } else {
          connection.send(error(requestId, ErrorCode.UNAUTHORIZED, "send an auth frame first"));
        }
        return;
      }
      connection.send(new Ack(requestId, dispatcher.dispatch(user, frame, arrivedAt)));
    } catch (RuntimeException e) {
      String answering =
          e instanceof FrameDecodingException undecoded ? undecoded.requestId() : requestId;
      connection.send(new ErrorFrame(answering, ErrorMapper.toWire(e, where).body()));
    }
  }

  /**
   * Authenticates the socket, or closes it with {@link CloseCodes#UNAUTHORIZED} and the refusal's
   * code as the reason; when the server is at fault (its store unreachable, or a bug), closes it
   * with {@link CloseCodes#TRY_AGAIN_LATER} and reason {@code INTERNAL} so the client connects
   * again. Either way it never stays open and unauthenticated.
   */
  private void authenticate(ClientConnection connection, String token, String requestId) {
    AuthenticatedUser user;
    try {
      user = sessions.authenticate(token);
    } catch (RuntimeException e) {
      ErrorCode refusal = ErrorMapper.toWire(e, "socket auth").body().code();
      connection.close(
          refusal == ErrorCode.INTERNAL ? CloseCodes.TRY_AGAIN_LATER : CloseCodes.UNAUTHORIZED,
          refusal.name());
      return;
    }
    if (!connection.socket().isOpen()) {
      return;
    }
    connection.authenticated(user);
    registry.add(connection);
    presence.socketOpened(user.userId());
    if (requestId != null) {
      connection.send(new Ack(requestId, EmptyResult.INSTANCE));
    }
  }

  private static ErrorFrame error(String requestId, ErrorCode code, String message) {
    return new ErrorFrame(requestId, new ErrorBody(code, message, null, null));
  }

  /**
   * Frames above this close the socket with {@link CloseCodes#MESSAGE_TOO_BIG}; frames between the
   * limits get an error.
   */
  private static int closeAboveLimit() {
    return Limits.MAX_FRAME_BYTES_BEFORE_CLOSE;
  }

  private static int decoderThreads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }
}
