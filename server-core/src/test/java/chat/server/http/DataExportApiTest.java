package chat.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient.Download;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /api/users/me/export}: the caller's account, messages and files as a zip read back
 * here, with nobody else's messages in it.
 */
class DataExportApiTest {

  @RegisterExtension static final TestServer server = TestServer.create();

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The zip's entries by name, each read whole (a test's zip is small). */
  private static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static List<JsonNode> lines(byte[] jsonl) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : new String(jsonl, StandardCharsets.UTF_8).split("\n")) {
      lines.add(JSON.readTree(line));
    }
    return lines;
  }

  @Test
  void theExportHoldsMyAccountMessagesAndFileBytesButNoOneElsesMessages() throws Exception {
    TwoMembers members = TwoMembers.inPrivateRoom(server, "export", "exported room");
    String first = members.sendForId(members.aliceSocket(), "alice says hello");
    members.edited(members.aliceSocket(), first, "alice says hello, edited");
    members.sendForId(members.bobSocket(), "bob's own secret");
    members
        .aliceSocket()
        .ok(
            "message.send",
            members.sendFields("only in the thread", "c-thread", "threadId", first));
    byte[] bytes = new byte[50_000];
    new Random(6).nextBytes(bytes);
    String fileId =
        server
            .api()
            .upload(members.roomId(), members.alice().accessToken(), "notes.bin", bytes)
            .body()
            .path("fileId")
            .asText();
    members
        .aliceSocket()
        .ok(
            "message.send",
            members.sendFields("with a file", "c-file", "attachmentIds", List.of(fileId)));

    Download export = server.api().download("/api/users/me/export", members.alice().accessToken());

    assertThat(export.status()).isEqualTo(200);
    assertThat(export.header("Content-Type")).isEqualTo("application/zip");
    Map<String, byte[]> entries = entries(export.bytes());
    JsonNode account = JSON.readTree(entries.get("account.json"));
    assertThat(account.path("username").asText()).isEqualTo(members.alice().username());
    List<JsonNode> messages = lines(entries.get("rooms/" + members.roomId() + ".jsonl"));
    assertThat(messages)
        .extracting(line -> line.path("content").asText())
        .containsExactly("with a file", "alice says hello, edited", "only in the thread");
    assertThat(messages)
        .allSatisfy(line -> assertThat(line.path("roomName").asText()).isEqualTo("exported room"));
    assertThat(messages.get(1).path("editedAt").isNumber()).isTrue();
    assertThat(messages.get(2).path("threadId").asText()).isEqualTo(first);
    assertThat(new String(export.bytes(), StandardCharsets.ISO_8859_1))
        .doesNotContain("bob's own secret");
    assertThat(entries.get("files/" + fileId + "/notes.bin")).isEqualTo(bytes);
  }

  @Test
  void anotherUsersExportHoldsOnlyTheirOwnMessages() throws Exception {
    TwoMembers members = TwoMembers.inPrivateRoom(server, "exportb", "shared");
    members.sendForId(members.aliceSocket(), "from alice");
    members.sendForId(members.bobSocket(), "from bob");

    Download export = server.api().download("/api/users/me/export", members.bob().accessToken());

    List<JsonNode> messages =
        lines(entries(export.bytes()).get("rooms/" + members.roomId() + ".jsonl"));
    assertThat(messages)
        .extracting(line -> line.path("content").asText())
        .containsExactly("from bob");
  }

  @Test
  void anExportDoneFreesTheTurnForTheNext() {
    TwoMembers members = TwoMembers.inPrivateRoom(server, "exportc", "again");

    for (int i = 0; i < 3; i++) {
      assertThat(
              server.api().download("/api/users/me/export", members.alice().accessToken()).status())
          .isEqualTo(200);
    }
  }

  @Test
  void anExportNeedsALogin() {
    assertThat(server.api().get("/api/users/me/export", null).errorCode())
        .isEqualTo("UNAUTHORIZED");
  }
}
