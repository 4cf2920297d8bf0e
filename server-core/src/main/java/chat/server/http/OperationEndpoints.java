package chat.server.http;

import chat.protocol.Limits;
import chat.protocol.http.LimitsInfo;
import chat.protocol.http.ServerInfo;
import chat.protocol.http.StatusResponse;
import chat.protocol.model.RegistrationMode;
import chat.server.metrics.ServerMetrics;
import java.net.URI;
import java.util.function.Supplier;

/** What needs no login: {@code /api/info}, health, readiness and metrics. */
final class OperationEndpoints {

  /** The protocol version this server speaks. */
  static final int PROTOCOL_VERSION = 1;

  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final HttpApi.Identity identity;
  private final boolean tls;
  private final int wsPort;
  private final HttpApi.Readiness readiness;
  private final ServerMetrics metrics;
  private final Supplier<RegistrationMode> registration;

  OperationEndpoints(
      HttpApi.Identity identity,
      boolean tls,
      int wsPort,
      HttpApi.Readiness readiness,
      ServerMetrics metrics,
      Supplier<RegistrationMode> registration) {
    this.identity = identity;
    this.tls = tls;
    this.wsPort = wsPort;
    this.readiness = readiness;
    this.metrics = metrics;
    this.registration = registration;
  }

  void addTo(Router router) {
    router
        .route("GET", "/api/info", this::info)
        .route("GET", "/healthz", r -> Response.ok(new StatusResponse("ok")))
        .route("GET", "/readyz", r -> readiness())
        .route("GET", "/metrics", r -> Response.text(PROMETHEUS_TEXT, metrics.scrape()));
  }

  /** Ready when the store answers and the socket port accepts connections. */
  private Response readiness() {
    if (!readiness.storeWritable().getAsBoolean()) {
      return Response.json(503, new StatusResponse("store unreachable"));
    }
    if (!readiness.socketsAccepting().getAsBoolean()) {
      return Response.json(503, new StatusResponse("socket port not accepting"));
    }
    return Response.ok(new StatusResponse("ok"));
  }

  /**
   * {@code wsUrl} is the operator's public one behind a load balancer; else it uses the host the
   * client reached us by, so it works from anywhere on the LAN, and {@code wss} when the ports
   * speak TLS.
   */
  private Response info(Request request) {
    String wsUrl =
        identity
            .publicWsUrl()
            .map(URI::toString)
            .orElseGet(
                () -> (tls ? "wss://" : "ws://") + request.hostName() + ":" + wsPort + "/ws");
    LimitsInfo limits =
        new LimitsInfo(Limits.MAX_CONTENT_CHARS, Limits.MAX_FRAME_BYTES, identity.maxFileBytes());
    return Response.ok(
        new ServerInfo(
            identity.name(),
            identity.version(),
            PROTOCOL_VERSION,
            identity.mode(),
            wsUrl,
            identity.features(),
            limits,
            registration.get()));
  }
}
