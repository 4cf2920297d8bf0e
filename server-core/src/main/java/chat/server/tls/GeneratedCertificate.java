package chat.server.tls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's own self-signed certificate, generated once into {@code DATA_DIR/tls} and used from
 * there ever after, so that clients which pinned it keep trusting the server across restarts. It is
 * never renewed or regenerated while its files are there: a new one would look to every client like
 * an attack.
 */
public final class GeneratedCertificate {

  static final String DIRECTORY = "tls";
  static final String CERTIFICATE_FILE = "cert.pem";
  static final String KEY_FILE = "key.pem";
  private static final Logger log = LoggerFactory.getLogger(GeneratedCertificate.class);

  private GeneratedCertificate() {}

  /**
   * The certificate in {@code dataDir/tls}, or a new one (naming {@code localhost} and this
   * machine's addresses) written there first.
   *
   * @throws InvalidCertificateException when the files there are damaged
   * @throws IOException when they cannot be written
   */
  public static ServerCertificate loadOrCreate(Path dataDir, String serverName, Instant now)
      throws IOException {
    Path directory = dataDir.resolve(DIRECTORY);
    Path certificateFile = directory.resolve(CERTIFICATE_FILE);
    Path keyFile = directory.resolve(KEY_FILE);
    if (Files.exists(certificateFile)) {
      if (!Files.exists(keyFile)) {
        throw new InvalidCertificateException(
            certificateFile
                + " has lost its key "
                + keyFile
                + ": restore it, or delete the certificate to have a new pair generated (clients"
                + " that trusted the old one will then warn that it changed)");
      }
      return PemFiles.read(certificateFile, keyFile);
    }
    Files.createDirectories(directory);
    ServerCertificate created =
        SelfSignedCertificate.generate(
            serverName, LocalAddresses.find(), List.of("localhost"), now);
    PemFiles.write(created, certificateFile, keyFile);
    log.info("generated a self-signed TLS certificate in {}", directory.toAbsolutePath());
    return created;
  }
}
