package chat.server.support;

import chat.server.store.RedisTrust;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A certificate authority of the test's own and a certificate it signed for {@code 127.0.0.1} and
 * {@code localhost}, made by {@code openssl} (EC P-256, valid two days) as PEM files in a temporary
 * directory that {@link #close} deletes: for Redis processes that speak TLS only, and clients that
 * trust this authority alone. No JVM trust store knows it.
 *
 * @param dir the temporary directory that holds the files
 * @param caFile the authority's certificate
 * @param certificateFile the certificate for {@code 127.0.0.1} and {@code localhost}
 * @param keyFile its key
 */
public record TestCertificates(Path dir, Path caFile, Path certificateFile, Path keyFile)
    implements AutoCloseable {

  private static final String EC_KEY = "ec_paramgen_curve:prime256v1";

  /** A fresh authority, and a certificate from it for {@code 127.0.0.1} and {@code localhost}. */
  public static TestCertificates create() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("redis-tls-");
    Path caFile = dir.resolve("ca.crt");
    try {
      openssl(
          List.of("req", "-x509", "-newkey", "ec", "-pkeyopt", EC_KEY, "-nodes"),
          List.of("-keyout", dir.resolve("ca.key"), "-out", caFile),
          List.of("-days", "2", "-subj", "/CN=chat-test-ca"));
      return new TestCertificates(dir, caFile, null, null)
          .issuedFor("redis", "IP:127.0.0.1,DNS:localhost");
    } catch (IOException | InterruptedException | RuntimeException e) {
      new TestCertificates(dir, caFile, null, null).close();
      throw e;
    }
  }

  /**
   * Another certificate from the same authority, in the same directory (which {@link #close} of
   * either deletes), naming {@code subjectAltNames} ({@code IP:…,DNS:…}) and no other.
   *
   * @param name the new files' names, without their extensions
   */
  public TestCertificates issuedFor(String name, String subjectAltNames)
      throws IOException, InterruptedException {
    Path request = dir.resolve(name + ".csr");
    Path names = Files.writeString(dir.resolve(name + ".cnf"), "subjectAltName=" + subjectAltNames);
    TestCertificates issued =
        new TestCertificates(dir, caFile, dir.resolve(name + ".crt"), dir.resolve(name + ".key"));
    openssl(
        List.of("req", "-newkey", "ec", "-pkeyopt", EC_KEY, "-nodes"),
        List.of("-keyout", issued.keyFile, "-out", request, "-subj", "/CN=" + name));
    openssl(
        List.of("x509", "-req", "-in", request, "-CA", caFile, "-CAkey", dir.resolve("ca.key")),
        List.of("-CAcreateserial", "-out", issued.certificateFile, "-days", "2"),
        List.of("-extfile", names));
    return issued;
  }

  /** What a node is told to trust: this authority only ({@code REDIS_TLS_CA_FILE}). */
  public RedisTrust trust() {
    return RedisTrust.read(caFile);
  }

  /**
   * The settings of {@code redis-server} and {@code redis-sentinel} (one a line, as in their
   * configuration files) that make one listen with TLS only on {@code port}, present this
   * certificate, and speak TLS to the primary it replicates or monitors, which it trusts by this
   * authority. Clients need no certificate of their own.
   */
  public List<String> tlsOnly(int port) {
    return List.of(
        "port 0",
        "tls-port " + port,
        "tls-cert-file " + certificateFile,
        "tls-key-file " + keyFile,
        "tls-ca-cert-file " + caFile,
        "tls-auth-clients no",
        "tls-replication yes");
  }

  @Override
  public void close() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /** Runs {@code openssl} with {@code arguments}, given in groups to keep them readable. */
  @SafeVarargs
  private static void openssl(List<?>... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("openssl"));
    for (List<?> group : arguments) {
      group.forEach(argument -> command.add(argument.toString()));
    }
    RedisClusterNodes.run(command);
  }
}
