package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient.Reply;
import chat.server.support.TestImages;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code message.send} with {@code attachmentIds}: the sender's own unsent files of the room are
 * linked to the message with its append, and the message carries them everywhere; anything else is
 * refused naming {@code attachmentIds}, with nothing stored and the files still unsent.
 */
class AttachmentsProtocolTest {

  @RegisterExtension static final TestServer server = TestServer.create();

  private TwoMembers members;

  @BeforeEach
  void room() {
    members = TwoMembers.inPrivateRoom(server, "att", "attachments");
  }

  private String upload(String token, String roomId, String name, String text) {
    Reply reply = server.api().upload(roomId, token, name, text.getBytes(StandardCharsets.UTF_8));
    assertThat(reply.status()).isEqualTo(201);
    return reply.body().path("fileId").asText();
  }

  private String aliceUploads(String name) {
    return upload(members.alice().accessToken(), members.roomId(), name, "bytes of " + name);
  }

  private JsonNode send(String content, String clientMsgId, List<String> fileIds) {
    return members
        .aliceSocket()
        .request(
            "message.send", members.sendFields(content, clientMsgId, "attachmentIds", fileIds));
  }

  private static List<String> fileIds(JsonNode message) {
    List<String> ids = new ArrayList<>();
    message.path("attachments").forEach(a -> ids.add(a.path("fileId").asText()));
    return ids;
  }

  @Test
  void aMediaMessageCarriesItsFilesInTheAckTheEventHistorySyncAndSearch() {
    String before = members.sendForId(members.aliceSocket(), "before");
    members.bobSocket().awaitEvent("message.new");
    String report = aliceUploads("report.txt");
    String notes = aliceUploads("notes.txt");

    JsonNode sent =
        send("quarterly report", "c-media", List.of(report, notes)).path("result").path("message");

    assertThat(sent.path("type").asText()).isEqualTo("media");
    assertThat(fileIds(sent)).containsExactly(report, notes);
    JsonNode first = sent.path("attachments").get(0);
    assertThat(first.path("name").asText()).isEqualTo("report.txt");
    assertThat(first.path("mimeType").asText()).isEqualTo("text/plain");
    assertThat(first.path("url").asText()).isEqualTo("/api/files/" + report);
    assertThat(first.path("sha256").asText()).hasSize(64);
    assertThat(members.bobSocket().awaitEvent("message.new").path("message")).isEqualTo(sent);
    assertThat(members.history(members.bobSocket()).path("messages").get(1)).isEqualTo(sent);
    JsonNode synced = members.synced(members.bobSocket(), before);
    assertThat(synced.path("messages").get(0)).isEqualTo(sent);
    JsonNode hit =
        members.bobSocket().ok("message.search", "query", "quarterly").path("results").get(0);
    assertThat(hit.path("message")).isEqualTo(sent);
  }

  @Test
  void withFilesTheContentMayBeEmptyAndAReplyInAThreadCarriesThemToo() {
    String root = members.sendForId(members.aliceSocket(), "root");
    String photo = aliceUploads("photo.txt");

    JsonNode reply =
        members
            .aliceSocket()
            .ok(
                "message.send",
                members.sendFields(
                    "", "c-reply", "threadId", root, "attachmentIds", List.of(photo)))
            .path("message");
    JsonNode thread =
        members
            .bobSocket()
            .ok("thread.history", "roomId", members.roomId(), "threadId", root)
            .path("messages");

    assertThat(reply.path("content").asText()).isEmpty();
    assertThat(fileIds(thread.get(0))).containsExactly(photo);
  }

  @Test
  void aResendReturnsTheOriginalWithItsFiles() {
    String file = aliceUploads("again.txt");

    JsonNode first = send("once", "c-once", List.of(file)).path("result").path("message");
    JsonNode again = send("once", "c-once", List.of(file)).path("result").path("message");

    assertThat(again).isEqualTo(first);
    assertThat(members.history(members.aliceSocket()).path("messages")).hasSize(1);
  }

  @Test
  void anotherUsersAnotherRoomsOrAnAlreadySentFileIsRefusedAndNothingIsStored() {
    String bobs =
        upload(members.bob().accessToken(), members.roomId(), "bobs.txt", "bob's own bytes");
    String elsewhere =
        upload(
            members.alice().accessToken(),
            members.createPrivateRoom("elsewhere"),
            "far.txt",
            "another room's bytes");
    String mine = aliceUploads("mine.txt");
    String sentBefore = aliceUploads("sent.txt");
    send("first", "c-first", List.of(sentBefore));

    for (List<String> refused :
        List.of(
            List.of(mine, bobs),
            List.of(mine, elsewhere),
            List.of(mine, sentBefore),
            List.of(mine, mine),
            List.of(mine, "f_nosuchfile"))) {
      JsonNode answer = send("try", "c-try-" + refused.get(1), refused);

      assertThat(TwoMembers.errorCode(answer)).isEqualTo("INVALID_INPUT");
      assertThat(answer.path("error").path("field").asText()).isEqualTo("attachmentIds");
    }
    assertThat(members.history(members.aliceSocket()).path("messages")).hasSize(1);
    JsonNode stillUnsent = send("now", "c-now", List.of(mine)).path("result").path("message");
    assertThat(fileIds(stillUnsent)).containsExactly(mine);
  }

  @Test
  void moreThanTenFilesAreRefused() {
    List<String> eleven = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      eleven.add("f_" + i);
    }

    JsonNode answer = send("many", "c-many", eleven);

    assertThat(answer.path("error").path("field").asText()).isEqualTo("attachmentIds");
  }

  @Test
  void anotherMemberDownloadsASentFile() {
    String file = aliceUploads("shared.txt");
    send("look", "c-look", List.of(file));

    assertThat(server.api().download("/api/files/" + file, members.bob().accessToken()).bytes())
        .isEqualTo("bytes of shared.txt".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aSentImageCarriesItsSizeAndPreviewsWhichAnotherMemberDownloads() {
    Reply uploaded =
        server
            .api()
            .upload(
                members.roomId(),
                members.alice().accessToken(),
                "photo.png",
                TestImages.encoded(TestImages.halves(640, 480), "png"));
    String file = uploaded.body().path("fileId").asText();

    JsonNode sent = send("a photo", "c-photo", List.of(file)).path("result").path("message");
    JsonNode seen =
        members.bobSocket().awaitEvent("message.new").path("message").path("attachments").get(0);

    assertThat(seen).isEqualTo(uploaded.body());
    assertThat(seen).isEqualTo(sent.path("attachments").get(0));
    assertThat(seen.path("width").asInt()).isEqualTo(640);
    assertThat(seen.path("height").asInt()).isEqualTo(480);
    byte[] thumbnail =
        server
            .api()
            .download(seen.path("thumbnailUrl").asText(), members.bob().accessToken())
            .bytes();
    assertThat(TestImages.decoded(thumbnail).getWidth()).isEqualTo(320);
    assertThat(TestImages.decoded(thumbnail).getHeight()).isEqualTo(240);
  }

  @Test
  void aDeletedMessagesFileIsNotFoundForAnyMember() {
    String file = aliceUploads("doomed.txt");
    String messageId =
        send("gone soon", "c-doomed", List.of(file))
            .path("result")
            .path("message")
            .path("messageId")
            .asText();

    members.aliceSocket().ok("message.delete", "roomId", members.roomId(), "messageId", messageId);

    assertThat(server.api().download("/api/files/" + file, members.bob().accessToken()).status())
        .isEqualTo(404);
    assertThat(server.api().download("/api/files/" + file, members.alice().accessToken()).status())
        .isEqualTo(404);
  }
}
