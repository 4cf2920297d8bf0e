package chat.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Download;
import chat.server.support.ApiClient.Reply;
import chat.server.support.TestImages;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /api/files/{fileId}/thumbnail} and {@code /preview}: an uploaded image's attachment
 * names its size and previews, which members of its room download (inline, tagged by their hash)
 * from any node and everyone else gets the 404 of an unknown file; what is not an image the server
 * decoded has no previews and its bytes stay an attachment.
 */
class FilePreviewApiTest {

  @RegisterExtension static final TestServer server = TestServer.create();

  private static TwoMembers users;
  private static JsonNode image;

  @BeforeAll
  static void upload() {
    users = TwoMembers.inPrivateRoom(server, "prev", "previews");
    image = uploaded("wide.png", TestImages.encoded(TestImages.halves(1600, 800), "png"));
  }

  private static JsonNode uploaded(String name, byte[] bytes) {
    Reply reply = server.api().upload(users.roomId(), users.alice().accessToken(), name, bytes);
    assertThat(reply.status()).isEqualTo(201);
    return reply.body();
  }

  /** Bob's download, through the next node in turn: on two nodes, not the uploader's. */
  private static Download asBob(String path, String... headers) {
    return server.api().download(path, users.bob().accessToken(), headers);
  }

  @Test
  void anUploadedImageNamesItsSizeAndPreviews() {
    String url = image.path("url").asText();

    assertThat(image.path("width").asInt()).isEqualTo(1600);
    assertThat(image.path("height").asInt()).isEqualTo(800);
    assertThat(image.path("thumbnailUrl").asText()).isEqualTo(url + "/thumbnail");
    assertThat(image.path("previewUrl").asText()).isEqualTo(url + "/preview");
  }

  @Test
  void anotherMemberDownloadsBothPreviewsFittedToTheirBoxesOnAnyNode() {
    for (int node = 0; node < 2; node++) {
      Download thumbnail = asBob(image.path("thumbnailUrl").asText());
      Download preview = asBob(image.path("previewUrl").asText());

      assertThat(thumbnail.status()).isEqualTo(200);
      assertThat(thumbnail.header("Content-Type")).isEqualTo("image/jpeg");
      BufferedImage small = TestImages.decoded(thumbnail.bytes());
      assertThat(small.getWidth()).isEqualTo(320);
      assertThat(small.getHeight()).isEqualTo(160);
      assertThat(TestImages.decoded(preview.bytes()).getWidth()).isEqualTo(1280);
    }
  }

  @Test
  void aPreviewIsAnInlineSandboxedImageTaggedByItsOwnHash() throws Exception {
    Download thumbnail = asBob(image.path("thumbnailUrl").asText());
    String etag = "\"" + FileUploadApiTest.sha256(thumbnail.bytes()) + "\"";

    assertThat(thumbnail.header("ETag")).isEqualTo(etag);
    assertThat(thumbnail.header("Content-Disposition")).isEqualTo("inline");
    assertThat(thumbnail.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(thumbnail.header("Content-Security-Policy"))
        .isEqualTo("sandbox; default-src 'none'");
    assertThat(asBob(image.path("thumbnailUrl").asText(), "If-None-Match", etag).status())
        .isEqualTo(304);
  }

  @Test
  void theImagesOwnBytesStayAnAttachment() {
    Download original = asBob(image.path("url").asText());

    assertThat(original.status()).isEqualTo(200);
    assertThat(original.header("Content-Type")).isEqualTo("image/png");
    assertThat(original.header("Content-Disposition")).startsWith("attachment;");
  }

  @Test
  void aNonMemberGetsTheNotFoundOfAnUnknownFileForEitherPreview() {
    ApiClient api = server.api();
    String carol = api.registered(TwoMembers.uniqueName("carol")).accessToken();

    Download thumbnail = api.download(image.path("thumbnailUrl").asText(), carol);
    Download preview = api.download(image.path("previewUrl").asText(), carol);
    Download unknown = api.download("/api/files/f_nosuchfile/thumbnail", carol);

    assertThat(thumbnail.status()).isEqualTo(404);
    assertThat(preview.status()).isEqualTo(404);
    assertThat(new String(thumbnail.bytes())).isEqualTo(new String(unknown.bytes()));
  }

  @Test
  void anImagesPreviewsAreBlobsOfTheirOwnStoredOnceForIdenticalUploads() throws Exception {
    Path blobs = server.dataDirs().getFirst().resolve("blobs");
    assumeTrue(Files.isDirectory(blobs), "the blobs are in a folder (not S3) on these nodes");
    byte[] png = TestImages.encoded(TestImages.halves(900, 300), "png");
    long before = FileUploadApiTest.regularFiles(blobs);

    uploaded("first.png", png);
    long afterFirst = FileUploadApiTest.regularFiles(blobs);
    uploaded("again.png", png);

    assertThat(afterFirst).as("the file, its thumbnail and its preview").isEqualTo(before + 3);
    assertThat(FileUploadApiTest.regularFiles(blobs)).isEqualTo(afterFirst);
  }

  @Test
  void aWebpImageIsPreviewedToo() {
    JsonNode webp = uploaded("dot.webp", TestImages.WEBP_LOSSLESS);

    assertThat(webp.path("mimeType").asText()).isEqualTo("image/webp");
    assertThat(webp.path("width").asInt()).isEqualTo(1);
    Download thumbnail = asBob(webp.path("thumbnailUrl").asText());
    assertThat(TestImages.decoded(thumbnail.bytes()).getWidth()).isEqualTo(1);
  }

  @Test
  void aFileThatIsNoImageHasNoPreviews() {
    JsonNode text = uploaded("notes.txt", "just words".getBytes(StandardCharsets.UTF_8));

    assertThat(text.has("width")).isFalse();
    assertThat(text.has("thumbnailUrl")).isFalse();
    assertThat(asBob(text.path("url").asText() + "/thumbnail").status()).isEqualTo(404);
  }

  @Test
  void aPolyglotThatOnlyStartsLikeAPngGetsNoPreviewAndDownloadsAsAnAttachment() {
    JsonNode polyglot = uploaded("cat.png", TestImages.pngSignatureThenHtml());

    assertThat(polyglot.has("thumbnailUrl")).isFalse();
    assertThat(polyglot.has("width")).isFalse();
    Download download = asBob(polyglot.path("url").asText());
    assertThat(download.header("Content-Disposition")).startsWith("attachment;");
    assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(asBob(polyglot.path("url").asText() + "/preview").status()).isEqualTo(404);
  }

  @Test
  void aDecompressionBombIsStoredWithoutPreviews() {
    JsonNode bomb = uploaded("bomb.png", TestImages.blackPng(10_000, 10_000));

    assertThat(bomb.path("mimeType").asText()).isEqualTo("image/png");
    assertThat(bomb.has("width")).isFalse();
    assertThat(bomb.has("thumbnailUrl")).isFalse();
  }
}
