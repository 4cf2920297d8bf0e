package chat.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/**
 * How fast one server took new sockets, as Node's connection-rate client measured it ({@link
 * NodeServers#connectRate}): from the first handshake to the last socket answered.
 *
 * @param firstError the first failure's description, or null
 * @param serverCpuNanos the server processes' CPU time (Redis's apart) over the measurement
 */
record ConnectRate(int opened, int failed, double seconds, String firstError, long serverCpuNanos) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Sockets opened and answered a second. */
  double perSecond() {
    return seconds == 0 ? 0 : opened / seconds;
  }

  /** Server CPU time per socket opened, in microseconds. */
  double cpuMicrosPerSocket() {
    return opened == 0 ? 0 : serverCpuNanos / 1e3 / opened;
  }

  /** This measurement with the server's CPU time over it. */
  ConnectRate withServerCpu(long nanos) {
    return new ConnectRate(opened, failed, seconds, firstError, nanos);
  }

  /** The client's one line of JSON. */
  static ConnectRate parse(String json) {
    try {
      JsonNode node = JSON.readTree(json);
      return new ConnectRate(
          node.path("opened").asInt(),
          node.path("failed").asInt(),
          node.path("seconds").asDouble(),
          node.path("firstError").isNull() ? null : node.path("firstError").asText(),
          0);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException("the connect client printed no result: " + json, e);
    }
  }
}
