package chat.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code nginx} (the Debian package) in a directory of its own, in the foreground, stopped
 * by pid: its main configuration is written here around the {@code http} block a test gives, with
 * every file nginx writes (pid, logs, temporary bodies) kept in that directory.
 */
public final class NginxServer implements AutoCloseable {

  private static final Path NGINX = Path.of("/usr/sbin/nginx");
  private static final Duration STARTUP = Duration.ofSeconds(10);

  private final Path dir;
  private final int port;
  private final Process process;

  private NginxServer(Path dir, int port, Process process) {
    this.dir = dir;
    this.port = port;
    this.process = process;
  }

  /** A free loopback port for the configuration to listen on. */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /**
   * Starts nginx with {@code httpBlock} (what goes inside {@code http { }}) listening on {@code
   * port}, and waits until the port accepts connections.
   */
  public static NginxServer start(Path dir, int port, String httpBlock)
      throws IOException, InterruptedException {
    if (!Files.isExecutable(NGINX)) {
      throw new IllegalStateException(
          NGINX + " is missing: install the Debian package nginx (apt-get install -y nginx)");
    }
    Path temp = Files.createDirectories(dir.resolve("temp"));
    Path configuration = dir.resolve("nginx.conf");
    Files.writeString(configuration, mainConfiguration(dir, temp, httpBlock));
    Process process =
        new ProcessBuilder(
                NGINX.toString(),
                "-p",
                dir.toString(),
                "-c",
                configuration.toString(),
                "-e",
                dir.resolve("error.log").toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("nginx.out").toFile()))
            .start();
    NginxServer nginx = new NginxServer(dir, port, process);
    nginx.awaitListening();
    return nginx;
  }

  private static String mainConfiguration(Path dir, Path temp, String httpBlock) {
    // Run as root (CI), nginx would hand its workers to "nobody", who cannot use this directory.
    String user = "root".equals(System.getProperty("user.name")) ? "user root root;\n" : "";
    return user
        + "daemon off;\n"
        + "worker_processes 1;\n"
        + "pid "
        + dir.resolve("nginx.pid")
        + ";\n"
        + "error_log "
        + dir.resolve("error.log")
        + " warn;\n"
        + "events { worker_connections 512; }\n"
        + "http {\n"
        + "access_log off;\n"
        + String.join(
            "",
            List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi").stream()
                .map(kind -> kind + "_temp_path " + temp.resolve(kind) + ";\n")
                .toList())
        + httpBlock
        + "\n}\n";
  }

  private void awaitListening() throws InterruptedException {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      try (Socket probe = new Socket()) {
        probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        return;
      } catch (IOException notYet) {
        Thread.sleep(20);
      }
    }
    close();
    throw new IllegalStateException(
        "nginx did not listen on port " + port + "; see " + dir.resolve("error.log"));
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    process.destroy(); // SIGTERM: nginx's fast shutdown
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  /** What nginx logged, for a failure's message. */
  public String errorLog() {
    try {
      Path log = dir.resolve("error.log");
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
