package chat.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Download;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /api/files/{fileId}}: members of the file's room get its bytes from any node, whole or
 * by range, as an attachment the browser will not render; everyone else gets the 404 of an id that
 * does not exist.
 */
class FileDownloadApiTest {

  @RegisterExtension static final TestServer server = TestServer.create();

  private static final byte[] BYTES = new byte[300_000];

  private static TwoMembers users;
  private static String url;
  private static String sha256;

  @BeforeAll
  static void upload() {
    new Random(16).nextBytes(BYTES);
    users = TwoMembers.inPrivateRoom(server, "down", "downloads");
    var reply =
        server.api().upload(users.roomId(), users.alice().accessToken(), "résumé ✓*.bin", BYTES);
    assertThat(reply.status()).isEqualTo(201);
    url = reply.body().path("url").asText();
    sha256 = reply.body().path("sha256").asText();
  }

  /** Bob's download, through the next node in turn: on two nodes, not the uploader's. */
  private static Download asBob(String... headers) {
    return server.api().download(url, users.bob().accessToken(), headers);
  }

  @Test
  void anotherMemberDownloadsTheSameBytesOnAnyNode() throws Exception {
    for (int node = 0; node < 2; node++) {
      Download download = asBob();

      assertThat(download.status()).isEqualTo(200);
      assertThat(FileUploadApiTest.sha256(download.bytes())).isEqualTo(sha256);
      assertThat(download.header("Content-Length")).isEqualTo(Integer.toString(BYTES.length));
    }
  }

  @Test
  void aDownloadIsAPrivateSandboxedAttachmentTaggedByItsHash() {
    Download download = asBob();

    assertThat(download.header("ETag")).isEqualTo("\"" + sha256 + "\"");
    assertThat(download.header("Content-Type")).isEqualTo("application/octet-stream");
    assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(download.header("Content-Security-Policy")).isEqualTo("sandbox; default-src 'none'");
    assertThat(download.header("Cache-Control")).isEqualTo("private");
    assertThat(download.header("Content-Disposition"))
        .isEqualTo("attachment; filename*=UTF-8''r%C3%A9sum%C3%A9%20%E2%9C%93%2A.bin");
  }

  @Test
  void aMatchingIfNoneMatchIsNotModifiedAndAnotherTagGetsTheBytes() {
    Download same = asBob("If-None-Match", "\"" + sha256 + "\"");
    Download other = asBob("If-None-Match", "\"" + "0".repeat(64) + "\"");

    assertThat(same.status()).isEqualTo(304);
    assertThat(same.bytes()).isEmpty();
    assertThat(other.status()).isEqualTo(200);
  }

  @Test
  void rangesAnswerPartialContentWithTheirPlace() {
    Download middle = asBob("Range", "bytes=100-199");
    Download tail = asBob("Range", "bytes=299990-");
    Download suffix = asBob("Range", "bytes=-5");
    Download pastTheEnd = asBob("Range", "bytes=299000-999999");

    assertThat(middle.status()).isEqualTo(206);
    assertThat(middle.header("Content-Range")).isEqualTo("bytes 100-199/300000");
    assertThat(middle.bytes()).isEqualTo(Arrays.copyOfRange(BYTES, 100, 200));
    assertThat(tail.bytes()).isEqualTo(Arrays.copyOfRange(BYTES, 299_990, 300_000));
    assertThat(suffix.header("Content-Range")).isEqualTo("bytes 299995-299999/300000");
    assertThat(suffix.bytes()).isEqualTo(Arrays.copyOfRange(BYTES, 299_995, 300_000));
    assertThat(pastTheEnd.header("Content-Range")).isEqualTo("bytes 299000-299999/300000");
  }

  @Test
  void severalRangesOrAMalformedOneGetTheWholeFile() {
    for (String range : List.of("bytes=0-1,5-6", "bytes=9-3", "pages=1-2", "bytes=x-")) {
      Download download = asBob("Range", range);

      assertThat(download.status()).as(range).isEqualTo(200);
      assertThat(download.bytes()).hasSize(BYTES.length);
    }
  }

  @Test
  void aRangeOutsideTheFileIsUnsatisfiableWithTheSize() {
    Download outside = asBob("Range", "bytes=300000-300010");

    assertThat(outside.status()).isEqualTo(416);
    assertThat(outside.header("Content-Range")).isEqualTo("bytes */300000");
  }

  @Test
  void aNonMemberAndAnUnknownIdGetTheSameNotFound() {
    ApiClient api = server.api();
    String carol = api.registered(TwoMembers.uniqueName("carol")).accessToken();

    Download outsider = api.download(url, carol);
    Download unknown = api.download("/api/files/f_nosuchfile", carol);

    assertThat(outsider.status()).isEqualTo(404);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(new String(outsider.bytes())).isEqualTo(new String(unknown.bytes()));
  }
}
