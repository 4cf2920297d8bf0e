package chat.server.store.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.server.store.BlobKey;
import chat.server.store.BlobStore;
import chat.server.store.BlobStoreContract;
import chat.server.support.S3Server;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/** The blob contract against a real S3-compatible server on loopback. */
class S3BlobStoreTest extends BlobStoreContract {

  private static final BlobKey KEY = new BlobKey("cd56");

  @TempDir static Path objects;

  private static S3Server server;

  private S3Settings bucket;
  private S3BlobStore store;

  @BeforeAll
  static void startServer() throws Exception {
    server = S3Server.start(objects);
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  /** Each test has a bucket of its own. */
  @BeforeEach
  void connect(TestInfo test) {
    bucket =
        server.newBucket(test.getTestMethod().orElseThrow().getName().toLowerCase(Locale.ROOT));
    store = S3BlobStore.connect(bucket);
  }

  @AfterEach
  void disconnect() {
    store.close();
  }

  @Override
  protected BlobStore store() {
    return store;
  }

  @Test
  void aBlobIsAnObjectOfTheBucketNamedByItsKey() throws IOException {
    List<Path> paths = pathsAfterPutting(KEY, objects.resolve(bucket.bucket()));

    assertThat(paths.stream().filter(Files::isRegularFile).map(f -> f.getFileName().toString()))
        .containsExactly(KEY.value());
  }

  @Test
  void aWrongSecretIsRefusedAsAnIoErrorAndStoresNothing() throws IOException {
    S3Settings wrong =
        new S3Settings(
            bucket.endpoint(), bucket.region(), bucket.bucket(), bucket.accessKey(), "wrong");
    Path bytes = file(randomBytes(10));

    try (S3BlobStore refused = S3BlobStore.connect(wrong)) {
      assertThatThrownBy(() -> refused.put(KEY, bytes)).isInstanceOf(IOException.class);
    }

    assertThat(store.size(KEY)).isEmpty();
  }

  @Test
  void anUnreachableStoreFailsWithAnIoError() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    S3Settings settings =
        new S3Settings(
            "http://127.0.0.1:" + closedPort,
            bucket.region(),
            bucket.bucket(),
            bucket.accessKey(),
            bucket.secretKey());

    try (S3BlobStore unreachable = S3BlobStore.connect(settings)) {
      assertThatThrownBy(() -> unreachable.size(KEY)).isInstanceOf(IOException.class);
    }
  }
}
