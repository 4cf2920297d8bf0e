package chat.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Reply;
import chat.server.support.RawHttp;
import chat.server.support.TestFiles;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code POST /api/files}: an upload is streamed, typed from its bytes, named safely, and refused
 * with nothing kept when it is too large, cut short, empty, or not the caller's room to post in.
 */
class FileUploadApiTest {

  private static final long MAX_BYTES = 1 << 20;

  @RegisterExtension
  static final TestServer server =
      TestServer.create(Map.of("FILES_MAX_BYTES", Long.toString(MAX_BYTES)));

  static final byte[] PNG = TestFiles.png();

  private static TwoMembers users;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    users = TwoMembers.inPrivateRoom(server, "up", "uploads");
    api = server.api();
  }

  private static Reply upload(String name, byte[] bytes) {
    return api.upload(users.roomId(), users.alice().accessToken(), name, bytes);
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void anUploadAnswersItsAttachmentTypedFromTheBytesNotTheClaimedType() throws Exception {
    Reply reply = upload("cat.png", PNG);

    assertThat(reply.status()).isEqualTo(201);
    String fileId = reply.body().path("fileId").asText();
    assertThat(fileId).startsWith("f_");
    assertThat(reply.body().path("name").asText()).isEqualTo("cat.png");
    assertThat(reply.body().path("size").asLong()).isEqualTo(PNG.length);
    assertThat(reply.body().path("mimeType").asText()).isEqualTo("image/png");
    assertThat(reply.body().path("sha256").asText()).isEqualTo(sha256(PNG));
    assertThat(reply.body().path("url").asText()).isEqualTo("/api/files/" + fileId);
    assertThat(reply.body().has("width")).isFalse();
  }

  @Test
  void identicalBytesAreStoredOnceUnderTwoFiles() throws Exception {
    byte[] bytes = "the same bytes twice".getBytes(StandardCharsets.UTF_8);
    Path blobs = server.dataDirs().getFirst().resolve("blobs");
    assumeTrue(Files.isDirectory(blobs), "the blobs are in a folder (not S3) on these nodes");
    long before = regularFiles(blobs);

    Reply first = upload("one.txt", bytes);
    Reply second = upload("two.txt", bytes);

    assertThat(first.body().path("fileId")).isNotEqualTo(second.body().path("fileId"));
    assertThat(first.body().path("sha256")).isEqualTo(second.body().path("sha256"));
    assertThat(regularFiles(blobs)).isEqualTo(before + 1);
  }

  static long regularFiles(Path folder) throws Exception {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void aPolyglotNamedLikeAPngIsTypedByItsBytes() {
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

    Reply reply = upload("cat.png", html);

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.body().path("mimeType").asText()).isEqualTo("text/html");
  }

  @Test
  void aNameLosesPathSeparatorsControlCharactersAndReorderingMarksAndIsCutAt255() {
    assertThat(upload("../../etc/pass\u0000wd\n", PNG).body().path("name").asText())
        .isEqualTo("....etcpasswd");
    assertThat(upload("photo\u202Egnp.exe", PNG).body().path("name").asText())
        .isEqualTo("photognp.exe");
    assertThat(upload("é".repeat(300), PNG).body().path("name").asText())
        .isEqualTo("é".repeat(255));
  }

  @Test
  void aNameWithNothingLeftOrNoneAtAllIsInvalidInput() {
    Reply empty = upload("/\\\u0007", PNG);

    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.errorCode()).isEqualTo("INVALID_INPUT");
    assertThat(empty.body().path("error").path("field").asText()).isEqualTo("X-File-Name");
  }

  @Test
  void anEmptyFileIsInvalidInput() {
    Reply reply = upload("empty.txt", new byte[0]);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.errorCode()).isEqualTo("INVALID_INPUT");
  }

  @Test
  void aNonMemberAndAnUnknownRoomGetTheSameNotFound() {
    ApiClient.Login carol = api.registered(TwoMembers.uniqueName("carol"));

    Reply outsider = api.upload(users.roomId(), carol.accessToken(), "a.txt", PNG);
    Reply nowhere = api.upload("r_nosuchroom", carol.accessToken(), "a.txt", PNG);

    assertThat(outsider.status()).isEqualTo(404);
    assertThat(outsider.text()).isEqualTo(nowhere.text());
  }

  @Test
  void withoutATokenAnUploadIsUnauthorized() {
    assertThat(api.upload(users.roomId(), null, "a.txt", PNG).status()).isEqualTo(401);
  }

  @Test
  void aFileAtTheLimitIsTakenAndOneByteMoreIsTooLarge() throws Exception {
    byte[] atLimit = new byte[(int) MAX_BYTES];
    atLimit[0] = 'x';

    assertThat(upload("limit.bin", atLimit).status()).isEqualTo(201);
    String over =
        RawHttp.exchange(
            server.api().baseUrl(),
            uploadHead("Content-Length: " + (MAX_BYTES + 1)),
            RawHttp.zeros(MAX_BYTES + 1, false));
    assertThat(over).startsWith("HTTP/1.1 413").contains("PAYLOAD_TOO_LARGE");
  }

  @Test
  void twoGibibytesDeclaredAreRefusedBeforeTheBodyIsRead() throws Exception {
    String answer =
        RawHttp.exchange(
            server.api().baseUrl(),
            uploadHead("Content-Length: " + (2L << 30)),
            RawHttp.zeros(256 * 1024, false));

    assertThat(answer).startsWith("HTTP/1.1 413");
    assertThat(answer).contains("PAYLOAD_TOO_LARGE");
    assertNoSpoolFileLeft();
  }

  @Test
  void aChunkedTwoGibibyteStreamIsCutOffAtTheLimitWithoutTheHeapGrowing() throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = heapAfterGc(memory);

    String answer =
        RawHttp.exchange(
            server.api().baseUrl(),
            uploadHead("Transfer-Encoding: chunked"),
            RawHttp.zeros(2L << 30, true));
    long after = heapAfterGc(memory);

    assertThat(answer).startsWith("HTTP/1.1 413");
    assertThat(after - before).isLessThan(64L << 20);
    assertNoSpoolFileLeft();
  }

  @Test
  void aBodyShorterThanItsLengthLeavesNoRecordAndNoSpoolFile() throws Exception {
    String answer =
        RawHttp.exchange(
            server.api().baseUrl(),
            uploadHead("Content-Length: 100000"),
            RawHttp.zeros(10_000, false));

    assertThat(answer).doesNotContain("201");
    assertNoSpoolFileLeft();
  }

  private static String uploadHead(String lengthHeader) {
    return RawHttp.head(
        "POST",
        "/api/files?roomId=" + users.roomId(),
        "Authorization: Bearer " + users.alice().accessToken(),
        "X-File-Name: big.bin",
        lengthHeader);
  }

  private static long heapAfterGc(MemoryMXBean memory) {
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** Every node's spool folder is empty, once the server has had a moment to finish. */
  private static void assertNoSpoolFileLeft() throws Exception {
    for (int attempt = 0; ; attempt++) {
      List<Path> left = spooled();
      if (left.isEmpty() || attempt == 50) {
        assertThat(left).isEmpty();
        return;
      }
      Thread.sleep(100);
    }
  }

  private static List<Path> spooled() throws Exception {
    List<Path> files = new java.util.ArrayList<>();
    for (Path dataDir : server.dataDirs()) {
      Path spool = dataDir.resolve("spool");
      if (Files.isDirectory(spool)) {
        try (Stream<Path> listed = Files.list(spool)) {
          files.addAll(listed.toList());
        }
      }
    }
    return files;
  }
}
