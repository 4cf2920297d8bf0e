package chat.server;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads single settings from the environment, each checked against its type and range, and collects
 * every problem instead of stopping at the first, so that {@link ServerConfig#fromEnvironment} can
 * report all bad values at once. It knows no setting's meaning; {@link ServerConfig} does.
 */
final class EnvironmentSettings {
  private final Map<String, String> env;
  private final List<String> problems = new ArrayList<>();

  EnvironmentSettings(Map<String, String> env) {
    this.env = env;
  }

  void problem(String line) {
    problems.add(line);
  }

  void throwIfProblems() {
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
  }

  String text(String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  int integer(String name, int fallback, int min, int max) {
    return number(
        name,
        fallback,
        Integer::valueOf,
        parsed -> parsed >= min && parsed <= max,
        "a whole number from " + min + " to " + max);
  }

  /** A count of bytes from 1 to 2^50. */
  long bytes(String name, long fallback) {
    return number(
        name,
        fallback,
        Long::valueOf,
        parsed -> parsed >= 1 && parsed <= 1L << 50,
        "a number of bytes from 1 to " + (1L << 50));
  }

  Optional<Path> optionalPath(String name) {
    return text(name, null) == null ? Optional.empty() : Optional.of(path(name, "."));
  }

  /** A probability strictly between 0 and 1. */
  double fraction(String name, double fallback) {
    return number(
        name,
        fallback,
        Double::valueOf,
        parsed -> parsed > 0 && parsed < 1,
        "a number between 0 and 1");
  }

  /**
   * The setting parsed and allowed, else {@code fallback} and a problem saying what it must be
   * ({@code expected}).
   */
  private <T> T number(
      String name, T fallback, Function<String, T> parse, Predicate<T> allowed, String expected) {
    String value = text(name, null);
    if (value == null) {
      return fallback;
    }
    try {
      T parsed = parse.apply(value);
      if (allowed.test(parsed)) {
        return parsed;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    problem(name + " must be " + expected + ", not '" + value + "'");
    return fallback;
  }

  /** Comma-separated IP addresses, never host names: no lookup happens at start. */
  List<InetAddress> addresses(String name) {
    String value = text(name, "");
    List<InetAddress> addresses = new ArrayList<>();
    for (String entry : value.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      try {
        addresses.add(InetAddress.ofLiteral(entry.strip()));
      } catch (IllegalArgumentException notAnAddress) {
        problem(
            name
                + " must list IP addresses separated by commas; '"
                + entry.strip()
                + "' is not one");
      }
    }
    return List.copyOf(addresses);
  }

  boolean onOff(String name, boolean fallback) {
    String value = text(name, fallback ? "on" : "off").toLowerCase(Locale.ROOT);
    return switch (value) {
      case "on" -> true;
      case "off" -> false;
      default -> {
        problem(name + " must be 'on' or 'off', not '" + value + "'");
        yield fallback;
      }
    };
  }

  Duration millis(String name, int fallback, int min, int max) {
    return Duration.ofMillis(integer(name, fallback, min, max));
  }

  Path path(String name, String fallback) {
    String value = text(name, fallback);
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      problem(name + " is not a usable path: " + e.getMessage());
      return Path.of(fallback);
    }
  }

  /** A file the server can read, or empty (with a problem when it is named but unreadable). */
  Optional<Path> readableFile(String name) {
    String value = text(name, null);
    if (value == null) {
      return Optional.empty();
    }
    try {
      Path file = Path.of(value);
      if (Files.isRegularFile(file) && Files.isReadable(file)) {
        return Optional.of(file);
      }
      problem(name + " names no readable file: " + value);
    } catch (InvalidPathException e) {
      problem(name + " is not a usable path: " + e.getMessage());
    }
    return Optional.empty();
  }
}
