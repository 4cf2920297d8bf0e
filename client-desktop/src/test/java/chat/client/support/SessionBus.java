package chat.client.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A private D-Bus session bus for one test: {@code dbus-daemon} with a configuration of its own,
 * listening on a Unix socket in the test's folder, stopped by its pid at the end.
 */
public final class SessionBus implements AutoCloseable {

  private final Process daemon;
  private final String address;

  private SessionBus(Process daemon, String address) {
    this.daemon = daemon;
    this.address = address;
  }

  public static SessionBus start(Path dir) {
    try {
      Path config = dir.resolve("session.conf");
      Files.writeString(
          config,
          """
          <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
            "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
          <busconfig>
            <type>session</type>
            <listen>unix:path=%s</listen>
            <auth>EXTERNAL</auth>
            <policy context="default">
              <allow send_destination="*"/>
              <allow receive_sender="*"/>
              <allow own="*"/>
            </policy>
          </busconfig>
          """
              .formatted(dir.resolve("bus")));
      Process daemon =
          new ProcessBuilder(
                  "dbus-daemon", "--config-file=" + config, "--print-address", "--nofork")
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8));
      String address = out.readLine();
      if (address == null) {
        daemon.destroyForcibly();
        throw new IllegalStateException("dbus-daemon printed no address");
      }
      return new SessionBus(daemon, address.strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bus's address, as {@code DBUS_SESSION_BUS_ADDRESS} would give it. */
  public String address() {
    return address;
  }

  @Override
  public void close() {
    Daemons.stop(daemon);
  }
}
