package chat.server;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Login;
import chat.server.support.ApiClient.Reply;
import chat.server.support.SmallDisk;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A files folder whose disk is full, for real (a small tmpfs): an upload that does not fit is
 * {@code 503 STORAGE_UNAVAILABLE}, leaves no half file and no spool file, and the server goes on
 * serving uploads that fit.
 */
class FileFullDiskTest {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void anUploadLargerThanTheFreeSpaceIsStorageUnavailableAndLeavesNothing() throws Exception {
    Path dataDir = Files.createTempDirectory("chat-test-");
    try (SmallDisk disk = SmallDisk.mount("1m")) {
      Path filesDir = disk.path().resolve("files");
      Map<String, String> env = new HashMap<>(TestServer.environment(dataDir));
      env.put("FILES_DIR", filesDir.toString());
      try (ChatServer server = ChatServer.start(ServerConfig.fromEnvironment(env))) {
        ApiClient api = ApiClient.over(HTTP, "http://127.0.0.1:" + server.httpPort());
        Login alice = api.registered("filedisk");
        String roomId;
        try (SocketClient socket =
            SocketClient.connect(
                HTTP, "ws://127.0.0.1:" + server.wsPort() + "/ws", alice.accessToken())) {
          roomId =
              socket
                  .ok("room.create", "name", "disk", "visibility", "private")
                  .path("room")
                  .path("roomId")
                  .asText();
        }

        Reply full = api.upload(roomId, alice.accessToken(), "big.bin", new byte[2 << 20]);

        assertThat(full.status()).isEqualTo(503);
        assertThat(full.errorCode()).isEqualTo("STORAGE_UNAVAILABLE");
        assertThat(regularFiles(filesDir)).isZero();
        assertThat(regularFiles(dataDir.resolve(ChatServer.SPOOL_FOLDER))).isZero();
        Reply small = api.upload(roomId, alice.accessToken(), "small.txt", "fits".getBytes());
        assertThat(small.status()).isEqualTo(201);
        assertThat(regularFiles(filesDir)).isEqualTo(1);
      }
    }
  }

  private static long regularFiles(Path folder) throws Exception {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).count();
    }
  }
}
