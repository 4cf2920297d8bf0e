package chat.server.support;

import chat.server.store.RedisTrust;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /** A fresh authority and certificate. */
  public static TestCertificates create() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("redis-tls-");
    TestCertificates made =
        new TestCertificates(
            dir, dir.resolve("ca.crt"), dir.resolve("redis.crt"), dir.resolve("redis.key"));
    Path caKey = dir.resolve("ca.key");
    Path request = dir.resolve("redis.csr");
    Path names = dir.resolve("names.cnf");
    Files.writeString(names, "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    try {
      openssl(
          "req",
          "-x509",
          "-newkey",
          "ec",
          "-pkeyopt",
          EC_KEY,
          "-nodes",
          "-keyout",
          caKey,
          "-out",
          made.caFile,
          "-days",
          "2",
          "-subj",
          "/CN=chat-test-ca");
      openssl(
          "req",
          "-newkey",
          "ec",
          "-pkeyopt",
          EC_KEY,
          "-nodes",
          "-keyout",
          made.keyFile,
          "-out",
          request,
          "-subj",
          "/CN=localhost");
      openssl(
          "x509",
          "-req",
          "-in",
          request,
          "-CA",
          made.caFile,
          "-CAkey",
          caKey,
          "-CAcreateserial",
          "-out",
          made.certificateFile,
          "-days",
          "2",
          "-extfile",
          names);
    } catch (IOException | InterruptedException | RuntimeException e) {
      made.close();
      throw e;
    }
    return made;
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

  private static void openssl(Object... arguments) throws IOException, InterruptedException {
    RedisClusterNodes.run(
        Stream.concat(Stream.of("openssl"), Stream.of(arguments).map(Object::toString)).toList());
  }
}
