package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient.Reply;
import chat.server.support.TestFiles;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code message.search} over files sent with messages, uploaded and sent for real: a message is
 * found by its files' names, {@code has:file} and {@code has:image} keep the messages with such
 * files (an image by its detected type), a deleted message is found by none of them, and results
 * carry their attachments.
 */
class FileSearchProtocolTest {

  @RegisterExtension static final TestServer server = TestServer.create();

  private TwoMembers members;

  @BeforeEach
  void room() {
    members = TwoMembers.inPrivateRoom(server, "fsearch", "files");
  }

  private String upload(String name, byte[] bytes) {
    Reply reply = server.api().upload(members.roomId(), members.alice().accessToken(), name, bytes);
    assertThat(reply.status()).isEqualTo(201);
    return reply.body().path("fileId").asText();
  }

  private String uploadText(String name) {
    return upload(name, ("text of " + name).getBytes(StandardCharsets.UTF_8));
  }

  private JsonNode sendWith(String content, String fileId) {
    return members
        .aliceSocket()
        .ok(
            "message.send",
            members.sendFields(content, "c-" + content, "attachmentIds", List.of(fileId)))
        .path("message");
  }

  private JsonNode search(String query) {
    return members.bobSocket().ok("message.search", "query", query);
  }

  private List<String> contents(String query) {
    return StreamSupport.stream(search(query).path("results").spliterator(), false)
        .map(hit -> hit.path("message").path("content").asText())
        .toList();
  }

  @Test
  void aMessageIsFoundByItsFilesNameAndByHasFileAndAPngByHasImage() {
    JsonNode report = sendWith("numbers", uploadText("q3-report.txt"));
    JsonNode photo = sendWith("look", upload("Holiday-Photo.png", TestFiles.png()));
    members.sendForId(members.aliceSocket(), "no file here report");

    assertThat(photo.path("attachments").get(0).path("mimeType").asText()).isEqualTo("image/png");
    assertThat(search("q3").path("results").get(0).path("message")).isEqualTo(report);
    assertThat(search("q3").path("results").get(0).path("highlight").asText())
        .as("the highlight shows the content")
        .isEqualTo("numbers");
    assertThat(contents("report")).containsExactly("no file here report", "numbers");
    assertThat(contents("holiday photo")).containsExactly("look");
    assertThat(contents("has:file")).containsExactly("look", "numbers");
    assertThat(search("has:image").path("results").get(0).path("message")).isEqualTo(photo);
    assertThat(contents("has:image")).containsExactly("look");
    assertThat(contents("report has:file")).containsExactly("numbers");
    assertThat(contents("report has:image")).isEmpty();
    assertThat(contents("q3 has:image")).as("a text file is no image").isEmpty();
  }

  @Test
  void hasImageAloneIsPagedLikeAnyOtherSearch() {
    for (int i = 0; i < 3; i++) {
      sendWith("image " + i, upload("p" + i + ".png", TestFiles.png()));
    }

    JsonNode first = members.bobSocket().ok("message.search", "query", "has:image", "limit", 2);
    String last = first.path("results").get(1).path("message").path("messageId").asText();
    JsonNode next =
        members.bobSocket().ok("message.search", "query", "has:image", "limit", 2, "before", last);

    assertThat(first.path("hasMore").asBoolean()).isTrue();
    assertThat(next.path("hasMore").asBoolean()).isFalse();
    assertThat(next.path("results")).hasSize(1);
    assertThat(next.path("results").get(0).path("message").path("content").asText())
        .isEqualTo("image 0");
  }

  @Test
  void anEditedMessageKeepsItsFilesEverywhereAndIsStillFoundByTheirNames() {
    String before = members.sendForId(members.aliceSocket(), "before");
    JsonNode sent = sendWith("first words", upload("budget.png", TestFiles.png()));
    long changeSeq = members.history(members.bobSocket()).path("changeSeq").asLong();

    JsonNode edited = members.edited(members.aliceSocket(), sent.path("messageId").asText(), "new");

    assertThat(edited.path("attachments")).isEqualTo(sent.path("attachments"));
    assertThat(members.bobSocket().awaitEvent("message.updated").path("message")).isEqualTo(edited);
    JsonNode synced =
        members
            .bobSocket()
            .ok(
                "sync",
                "cursors",
                Map.of(members.roomId(), before),
                "changes",
                Map.of(members.roomId(), changeSeq))
            .path("rooms")
            .path(members.roomId());
    assertThat(synced.path("changed").get(0)).isEqualTo(edited);
    assertThat(search("budget has:image").path("results").get(0).path("message")).isEqualTo(edited);
    assertThat(contents("first")).isEmpty();
  }

  @Test
  void aDeletedMessageIsNotFoundByItsFilesNameNorByHasFile() {
    String messageId =
        sendWith("gone soon", uploadText("doomed-plans.txt")).path("messageId").asText();

    members.aliceSocket().ok("message.delete", "roomId", members.roomId(), "messageId", messageId);

    assertThat(contents("doomed")).isEmpty();
    assertThat(contents("plans")).isEmpty();
    assertThat(contents("has:file")).isEmpty();
  }

  @Test
  void hasWithAnyOtherValueIsInvalidInputNamingWhatItTakes() {
    JsonNode answer = members.bobSocket().request("message.search", "query", "report has:video");

    assertThat(TwoMembers.errorCode(answer)).isEqualTo("INVALID_INPUT");
    assertThat(answer.path("error").path("field").asText()).isEqualTo("query");
    assertThat(answer.path("error").path("message").asText())
        .isEqualTo("has: takes file or image, not 'video'");
  }
}
