package chat.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/** The server's own figures, scraped at {@code /metrics} in Prometheus text format. */
public final class ServerMetrics implements AutoCloseable {

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gcMetrics = new JvmGcMetrics();
  private final Counter deliveries;
  private final Counter messagesStored;

  public ServerMetrics() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    gcMetrics.bindTo(registry);
    deliveries =
        Counter.builder("chat.ws.deliveries")
            .description("frames written to sockets by fan-out")
            .register(registry);
    messagesStored =
        Counter.builder("chat.messages.stored")
            .description("messages newly stored (resends not counted)")
            .register(registry);
  }

  public void gauge(String name, IntSupplier value) {
    Gauge.builder(name, value::getAsInt).register(registry);
  }

  public void delivered(int sockets) {
    deliveries.increment(sockets);
  }

  public void messageStored() {
    messagesStored.increment();
  }

  /** Each request type's counter, built once: the request path only looks it up. */
  private final Map<String, Counter> socketRequests = new ConcurrentHashMap<>();

  /**
   * One authenticated socket request, by its protocol {@code type}: which parts of the protocol
   * clients lean on (a reconnect storm shows as {@code sync}). The types are the protocol's fixed
   * set, so the series stay few.
   */
  public void socketRequest(String type) {
    socketRequests
        .computeIfAbsent(
            type,
            t ->
                Counter.builder("chat.ws.requests")
                    .description("authenticated socket requests received, by type")
                    .tag("type", t)
                    .register(registry))
        .increment();
  }

  public void httpRequest(String method, String route, int status, Duration took) {
    Timer.builder("chat.http.requests")
        .tag("method", method)
        .tag("route", route)
        .tag("status", Integer.toString(status))
        .register(registry)
        .record(took);
  }

  /**
   * One request, frame or connection the server refused, by reason: an error code of the protocol
   * or a close code's name. The reasons are a fixed set, so the series stay few.
   */
  public void refused(String reason) {
    Counter.builder("chat.refusals")
        .description("requests, frames and connections refused, by reason")
        .tag("reason", reason)
        .register(registry)
        .increment();
  }

  /** One request that failed because the store could not do its part, by what it said. */
  public void storeFailed(String reason) {
    Counter.builder("chat.store.failures")
        .description("requests failed because the store could not do its part, by reason")
        .tag("reason", reason)
        .register(registry)
        .increment();
  }

  /** Prometheus text exposition format 0.0.4. */
  public String scrape() {
    return registry.scrape();
  }

  @Override
  public void close() {
    gcMetrics.close();
    registry.close();
  }
}
