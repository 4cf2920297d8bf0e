package chat.server.support;

import chat.server.store.blob.S3Settings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * A real S3-compatible server (s3proxy over jclouds' filesystem store), in this JVM on a free
 * loopback port, keeping its objects under a folder of the test's. It signs requests as S3 does (V2
 * or V4), so a client with the wrong secret is refused.
 */
public final class S3Server implements AutoCloseable {

  private static final String REGION = "us-east-1";

  private final S3Proxy proxy;
  private final BlobStoreContext context;
  private final String accessKey = "access-" + UUID.randomUUID();
  private final String secretKey = "secret-" + UUID.randomUUID();

  private S3Server(Path folder) throws Exception {
    Properties properties = new Properties();
    properties.setProperty("jclouds.filesystem.basedir", folder.toString());
    context =
        ContextBuilder.newBuilder("filesystem").overrides(properties).build(BlobStoreContext.class);
    proxy =
        S3Proxy.builder()
            .blobStore(context.getBlobStore())
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
            .build();
    proxy.start();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!"STARTED".equals(proxy.getState())) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("s3proxy did not start: " + proxy.getState());
      }
      Thread.sleep(10);
    }
  }

  private static S3Server shared;
  private static final AtomicInteger BUCKETS = new AtomicInteger();

  /**
   * One server for every test of this JVM that needs only a bucket of its own ({@link
   * #newBucket()}): starting s3proxy costs seconds, a bucket nothing. It stops, and its folder is
   * deleted, when the JVM exits.
   */
  public static synchronized S3Server shared() throws Exception {
    if (shared == null) {
      Path folder = Files.createTempDirectory("chat-test-s3-");
      S3Server server = start(folder);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      server.close();
                      try (Stream<Path> paths = Files.walk(folder)) {
                        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                      }
                    } catch (Exception e) {
                      // the JVM is exiting: a temp folder left behind is all that is lost
                    }
                  }));
      shared = server;
    }
    return shared;
  }

  /** A new empty bucket with a name no other of this server's has. */
  public S3Settings newBucket() {
    return newBucket("bucket-" + BUCKETS.incrementAndGet());
  }

  /** Starts a server with no bucket, whose objects live under {@code folder}. */
  public static S3Server start(Path folder) throws Exception {
    return new S3Server(folder);
  }

  /** Creates an empty bucket and says what a client of it needs. */
  public S3Settings newBucket(String bucket) {
    context.getBlobStore().createContainerInLocation(null, bucket);
    return new S3Settings(endpoint(), REGION, bucket, accessKey, secretKey);
  }

  public String endpoint() {
    return "http://127.0.0.1:" + proxy.getPort();
  }

  @Override
  public void close() throws Exception {
    try {
      proxy.stop();
    } finally {
      context.close();
    }
  }
}
