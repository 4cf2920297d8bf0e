package chat.server.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.HdrHistogram.Histogram;

/** One run's results as JSON: the machine, the settings, and one entry per step. */
final class Report {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final ObjectNode root = JSON.createObjectNode();
  private final ObjectNode machine;
  private final ArrayNode steps;

  Report(String scenario, String store) {
    root.put("scenario", scenario);
    root.put("store", store);
    root.put("startedAt", Instant.now().toString());
    machine = root.putObject("machine");
    machine.put("cpu", Machine.cpuModel());
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put("loadAverageAtStart", Machine.loadAverage());
    steps = root.putArray("steps");
  }

  ObjectNode root() {
    return root;
  }

  /** Facts about the machine the run was on. */
  ObjectNode machine() {
    return machine;
  }

  ObjectNode newStep() {
    return steps.addObject();
  }

  /** A latency histogram (recorded in microseconds) as milliseconds. */
  static ObjectNode latency(ObjectNode parent, String name, Histogram histogram) {
    ObjectNode node = parent.putObject(name);
    node.put("count", histogram.getTotalCount());
    node.put("p50", millis(histogram.getValueAtPercentile(50)));
    node.put("p90", millis(histogram.getValueAtPercentile(90)));
    node.put("p99", millis(histogram.getValueAtPercentile(99)));
    node.put("p999", millis(histogram.getValueAtPercentile(99.9)));
    node.put("max", millis(histogram.getMaxValue()));
    return node;
  }

  /** p99 in milliseconds of a node {@link #latency} wrote. */
  static double p99(ObjectNode step, String name) {
    return step.path(name).path("p99").asDouble();
  }

  /** Adds the load average at the end and writes the JSON; returns the file. */
  Path write(Path directory) throws IOException {
    machine.put("loadAverageAtEnd", Machine.loadAverage());
    Files.createDirectories(directory);
    Path file =
        directory.resolve(
            root.path("scenario").asText() + "-" + root.path("store").asText() + ".json");
    Files.writeString(file, toJson());
    return file;
  }

  String toJson() {
    try {
      return JSON.writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }

  private static double millis(long micros) {
    return round(micros / 1000.0, 3);
  }
}
