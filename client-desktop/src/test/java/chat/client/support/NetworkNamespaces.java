package chat.client.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Two network namespaces joined by a veth pair: a private LAN of two machines inside this one, for
 * tests that multicast. Nothing sent there reaches the machine's real interfaces. Needs root and
 * {@code ip}; without them a test is skipped, except under CI ({@code CI=true}), where it fails.
 *
 * <p>{@link #close} deletes both namespaces (and with them the veth pair and every socket that
 * lives there); call it in a {@code finally}.
 */
public final class NetworkNamespaces implements AutoCloseable {

  /** The first namespace's address on the private LAN. */
  public static final String ADDRESS_A = "10.213.0.1";

  /** The second namespace's address on the private LAN. */
  public static final String ADDRESS_B = "10.213.0.2";

  private static final long COMMAND_TIMEOUT_SECONDS = 10;

  private final String ip;
  private final String a;
  private final String b;
  private final List<String> created = new ArrayList<>();

  private NetworkNamespaces(String ip, String suffix) {
    this.ip = ip;
    this.a = "chatA" + suffix;
    this.b = "chatB" + suffix;
  }

  /** Creates the pair, or skips the test (fails it under CI) when this machine cannot. */
  public static NetworkNamespaces create() {
    Optional<String> ip =
        Stream.of("/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip", "/bin/ip")
            .filter(p -> Files.isExecutable(Path.of(p)))
            .findFirst();
    require(ip.isPresent(), "the 'ip' command (iproute2) is not installed");
    require("root".equals(System.getProperty("user.name")), "creating namespaces needs root");
    NetworkNamespaces pair =
        new NetworkNamespaces(ip.orElseThrow(), Long.toString(ProcessHandle.current().pid()));
    try {
      pair.build();
    } catch (RuntimeException e) {
      pair.close();
      require(false, "cannot create network namespaces here: " + e.getMessage());
    }
    return pair;
  }

  private static void require(boolean condition, String why) {
    if ("true".equals(System.getenv("CI"))) {
      assertThat(condition).as(why + " (required under CI)").isTrue();
    }
    Assumptions.assumeTrue(condition, why + ": LAN discovery test skipped");
  }

  private void build() {
    String vethA = "v" + a;
    String vethB = "v" + b;
    run(ip, "netns", "add", a);
    created.add(a);
    run(ip, "netns", "add", b);
    created.add(b);
    run(ip, "-n", a, "link", "add", vethA, "type", "veth", "peer", "name", vethB, "netns", b);
    configure(a, vethA, ADDRESS_A);
    configure(b, vethB, ADDRESS_B);
  }

  private void configure(String namespace, String veth, String address) {
    run(ip, "-n", namespace, "link", "set", "lo", "up");
    run(ip, "-n", namespace, "addr", "add", address + "/24", "dev", veth);
    run(ip, "-n", namespace, "link", "set", veth, "up");
    // No default route in a namespace: multicast needs one of its own.
    run(ip, "-n", namespace, "route", "add", "224.0.0.0/4", "dev", veth);
  }

  /** The command that runs {@code command} inside the first namespace. */
  public List<String> inA(List<String> command) {
    return in(a, command);
  }

  /** The command that runs {@code command} inside the second namespace. */
  public List<String> inB(List<String> command) {
    return in(b, command);
  }

  private List<String> in(String namespace, List<String> command) {
    List<String> wrapped = new ArrayList<>(List.of(ip, "netns", "exec", namespace));
    wrapped.addAll(command);
    return wrapped;
  }

  @Override
  public void close() {
    for (String namespace : created.reversed()) {
      try {
        run(ip, "netns", "delete", namespace);
      } catch (RuntimeException e) {
        System.err.println("could not delete network namespace " + namespace + ": " + e);
      }
    }
    created.clear();
  }

  private static void run(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not finish");
      }
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + ": " + output.strip());
      }
    } catch (IOException e) {
      throw new IllegalStateException(String.join(" ", command) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
