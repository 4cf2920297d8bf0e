package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient.Download;
import chat.server.support.ApiClient.Reply;
import chat.server.support.TestImages;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deleting a message frees its files: their records at once (a download answers 404), and their
 * bytes in the blob store once no other file names the same bytes.
 */
class FileLifecycleProtocolTest {

  @RegisterExtension static final TestServer server = TestServer.create();

  private TwoMembers members;

  @BeforeEach
  void room() {
    members = TwoMembers.inPrivateRoom(server, "life", "lifecycle");
  }

  /** Alice uploads {@code text} and sends it; answers the message as sent. */
  private JsonNode sentFile(String text, String clientMsgId) {
    return sent("report.txt", text.getBytes(StandardCharsets.UTF_8), clientMsgId);
  }

  private JsonNode sent(String name, byte[] bytes, String clientMsgId) {
    Reply uploaded =
        server.api().upload(members.roomId(), members.alice().accessToken(), name, bytes);
    assertThat(uploaded.status()).isEqualTo(201);
    return members
        .aliceSocket()
        .ok(
            "message.send",
            members.sendFields(
                "", clientMsgId, "attachmentIds", List.of(uploaded.body().path("fileId").asText())))
        .path("message");
  }

  private void delete(JsonNode message) {
    members
        .aliceSocket()
        .ok(
            "message.delete",
            "roomId",
            members.roomId(),
            "messageId",
            message.path("messageId").asText());
  }

  private Download download(JsonNode message) {
    return download(message, "url");
  }

  private Download download(JsonNode message, String which) {
    return server
        .api()
        .download(
            message.path("attachments").get(0).path(which).asText(), members.bob().accessToken());
  }

  /** The SHA-256 of what a member downloads from the attachment's {@code which} URL. */
  private String sha256Of(JsonNode message, String which) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(download(message, which).bytes()));
  }

  @Test
  void deletingAMessageWithAnImageRemovesItsPreviewsBytesToo() throws Exception {
    JsonNode image =
        sent("picture.png", TestImages.encoded(TestImages.halves(900, 300), "png"), "c-image");
    List<String> blobs =
        List.of(
            image.path("attachments").get(0).path("sha256").asText(),
            sha256Of(image, "thumbnailUrl"),
            sha256Of(image, "previewUrl"));
    for (String sha256 : blobs) {
      assertThat(server.holdsBlob(sha256)).as(sha256).isTrue();
    }

    delete(image);

    for (String sha256 : blobs) {
      assertThat(server.holdsBlob(sha256)).as(sha256).isFalse();
    }
  }

  @Test
  void deletingTheLastMessageWithSomeBytesRemovesThemFromTheBlobStore() throws IOException {
    JsonNode first = sentFile("quarterly numbers", "c-first");
    JsonNode second = sentFile("quarterly numbers", "c-second");
    String sha256 = first.path("attachments").get(0).path("sha256").asText();
    assertThat(second.path("attachments").get(0).path("sha256").asText()).isEqualTo(sha256);

    delete(first);

    assertThat(download(first).status()).isEqualTo(404);
    assertThat(server.holdsBlob(sha256)).isTrue();
    Download kept = download(second);
    assertThat(kept.status()).isEqualTo(200);
    assertThat(new String(kept.bytes(), StandardCharsets.UTF_8)).isEqualTo("quarterly numbers");

    delete(second);

    assertThat(download(second).status()).isEqualTo(404);
    assertThat(server.holdsBlob(sha256)).isFalse();
  }

  @Test
  void bytesFreedByADeletionAreStoredAgainByTheNextIdenticalUpload() throws IOException {
    JsonNode gone = sentFile("once and again", "c-gone");
    String sha256 = gone.path("attachments").get(0).path("sha256").asText();
    delete(gone);
    assertThat(server.holdsBlob(sha256)).isFalse();

    JsonNode again = sentFile("once and again", "c-again");

    assertThat(server.holdsBlob(sha256)).isTrue();
    assertThat(new String(download(again).bytes(), StandardCharsets.UTF_8))
        .isEqualTo("once and again");
  }
}
