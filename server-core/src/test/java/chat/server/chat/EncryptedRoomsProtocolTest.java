package chat.server.chat;

import static chat.server.support.TwoMembers.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.Base64Url;
import chat.protocol.ProtocolJson;
import chat.server.support.ApiClient.Login;
import chat.server.support.ApiClient.Reply;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end encrypted rooms over real sockets (docs/E2EE.md): created so, their messages carry
 * {@code encrypted} everywhere a message goes, text in clear is refused there and encrypted text
 * everywhere else, and nothing of them is searched or mentioned.
 */
class EncryptedRoomsProtocolTest {

  private static final Duration QUIET = Duration.ofMillis(300);

  @RegisterExtension static final TestServer server = TestServer.create();
  TwoMembers members;
  String secretRoom;

  @BeforeEach
  void twoMembersInARoomInClearAndAnEncryptedOne() {
    members = TwoMembers.inPrivateRoom(server, "e2e", "in clear");
    secretRoom =
        TwoMembers.roomIdOf(
            members
                .aliceSocket()
                .ok(
                    "room.create",
                    "name",
                    "secret",
                    "visibility",
                    "private",
                    "memberIds",
                    List.of(members.bob().userId()),
                    "encrypted",
                    true));
    members.bobSocket().awaitEvent("room.updated");
  }

  /** An encrypted object whose ciphertext is {@code text}'s bytes and its index {@code index}. */
  private static Map<String, Object> sealed(String text, int index) {
    Map<String, Object> encrypted = new LinkedHashMap<>();
    encrypted.put("v", 1);
    encrypted.put("device", "dev_alice_laptop_01");
    encrypted.put("session", Base64Url.encode(new byte[16]));
    encrypted.put("index", index);
    encrypted.put("ciphertext", Base64Url.encode(text.getBytes(StandardCharsets.UTF_8)));
    encrypted.put("signature", Base64Url.encode(new byte[64]));
    return encrypted;
  }

  private JsonNode sendSealed(String roomId, String clientMsgId, Object encrypted) {
    return members
        .aliceSocket()
        .request(
            "message.send", "roomId", roomId, "clientMsgId", clientMsgId, "encrypted", encrypted);
  }

  private JsonNode pageOf(SocketClient reader, String roomId) {
    return reader.ok("message.history", "roomId", roomId, "limit", 100);
  }

  private static JsonNode json(Object value) {
    return ProtocolJson.mapper().valueToTree(value);
  }

  private static String field(JsonNode refusal) {
    return refusal.path("error").path("field").asText();
  }

  @Test
  void anEncryptedRoomSaysSoInTheListAndNoOtherRoomDoes() {
    JsonNode rooms = members.bobSocket().ok("room.list").path("rooms");

    assertThat(rooms).hasSize(2);
    for (JsonNode room : rooms) {
      boolean secret = room.path("roomId").asText().equals(secretRoom);
      assertThat(room.has("encrypted")).isEqualTo(secret);
      assertThat(room.path("encrypted").asBoolean(false)).isEqualTo(secret);
    }
  }

  @Test
  void aPublicRoomCannotBeEncryptedAndNothingIsCreated() {
    int roomsBefore = members.aliceSocket().ok("room.list").path("rooms").size();

    JsonNode refused =
        members
            .aliceSocket()
            .request("room.create", "name", "open", "visibility", "public", "encrypted", true);

    assertThat(errorCode(refused)).isEqualTo("INVALID_INPUT");
    assertThat(field(refused)).isEqualTo("encrypted");
    assertThat(members.aliceSocket().ok("room.list").path("rooms").size()).isEqualTo(roomsBefore);
  }

  @Test
  void anEncryptedDirectRoomIsCreatedSoAndAnExistingOneIsReturnedAsItIs() {
    Login carol = server.api().registered(TwoMembers.uniqueName("e2ecarol"));

    JsonNode opened =
        members
            .aliceSocket()
            .ok("dm.open", "userId", carol.userId(), "encrypted", true)
            .path("room");
    JsonNode again = members.aliceSocket().ok("dm.open", "userId", carol.userId()).path("room");
    JsonNode inClear =
        members.aliceSocket().ok("dm.open", "userId", members.bob().userId()).path("room");
    JsonNode stillInClear =
        members
            .aliceSocket()
            .ok("dm.open", "userId", members.bob().userId(), "encrypted", true)
            .path("room");

    assertThat(opened.path("encrypted").asBoolean()).isTrue();
    assertThat(again.path("roomId")).isEqualTo(opened.path("roomId"));
    assertThat(again.path("encrypted").asBoolean()).isTrue();
    assertThat(inClear.has("encrypted")).isFalse();
    assertThat(stillInClear.path("roomId")).isEqualTo(inClear.path("roomId"));
    assertThat(stillInClear.has("encrypted")).isFalse();
  }

  @Test
  void anEncryptedMessageGoesEverywhereAsSentAndMentionsNobody() {
    Map<String, Object> text = sealed("hello @room", 0);

    JsonNode sent = sendSealed(secretRoom, "c-1", text).path("result").path("message");
    String messageId = sent.path("messageId").asText();
    JsonNode heard = members.bobSocket().awaitEvent("message.new").path("message");
    JsonNode reply =
        members
            .bobSocket()
            .ok(
                "message.send",
                "roomId",
                secretRoom,
                "clientMsgId",
                "c-2",
                "threadId",
                messageId,
                "encrypted",
                sealed("a reply", 0))
            .path("message");
    members.aliceSocket().ok("message.pin", "roomId", secretRoom, "messageId", messageId);

    assertThat(sent.path("content").asText()).isEmpty();
    assertThat(sent.path("encrypted")).isEqualTo(json(text));
    assertThat(sent.has("mentions")).isFalse();
    assertThat(sent.has("mentionsRoom")).isFalse();
    assertThat(heard).isEqualTo(sent);
    assertThat(pageOf(members.bobSocket(), secretRoom).path("messages").get(0).path("encrypted"))
        .isEqualTo(json(text));
    assertThat(
            members
                .bobSocket()
                .ok("thread.history", "roomId", secretRoom, "threadId", messageId)
                .path("messages")
                .get(0))
        .isEqualTo(reply);
    assertThat(reply.path("encrypted")).isEqualTo(json(sealed("a reply", 0)));
    assertThat(
            members
                .bobSocket()
                .ok("room.pins", "roomId", secretRoom)
                .path("pins")
                .get(0)
                .path("encrypted"))
        .isEqualTo(json(text));
    assertThat(
            members
                .bobSocket()
                .ok("sync", "cursors", Collections.singletonMap(secretRoom, null))
                .path("rooms")
                .path(secretRoom)
                .path("messages")
                .get(0)
                .path("encrypted"))
        .isEqualTo(json(text));
  }

  @Test
  void textInClearIsRefusedInAnEncryptedRoomAndNothingIsStored() {
    JsonNode before = pageOf(members.aliceSocket(), secretRoom);

    JsonNode refused =
        members
            .aliceSocket()
            .request("message.send", "roomId", secretRoom, "content", "oops", "clientMsgId", "c-1");

    assertThat(errorCode(refused)).isEqualTo("INVALID_INPUT");
    assertThat(field(refused)).isEqualTo("content");
    assertThat(refused.path("error").path("message").asText()).isEqualTo("this room is encrypted");
    assertThat(pageOf(members.aliceSocket(), secretRoom)).isEqualTo(before);
    assertThat(members.bobSocket().receivesEvent("message.new", QUIET)).isFalse();
  }

  @Test
  void encryptedTextIsRefusedInARoomInClearAndNothingIsStored() {
    JsonNode before = pageOf(members.aliceSocket(), members.roomId());

    JsonNode refused = sendSealed(members.roomId(), "c-1", sealed("misplaced", 0));

    assertThat(errorCode(refused)).isEqualTo("INVALID_INPUT");
    assertThat(field(refused)).isEqualTo("encrypted");
    assertThat(pageOf(members.aliceSocket(), members.roomId())).isEqualTo(before);
    assertThat(members.bobSocket().receivesEvent("message.new", QUIET)).isFalse();
  }

  @Test
  void aMalformedEncryptedObjectIsRefusedAndNothingIsStored() {
    JsonNode before = pageOf(members.aliceSocket(), secretRoom);
    Map<String, Object> shortSignature = sealed("text", 0);
    shortSignature.put("signature", Base64Url.encode(new byte[63]));
    Map<String, Object> padded = sealed("text", 0);
    padded.put("ciphertext", "dGV4dA==");
    Map<String, Object> noSession = sealed("text", 0);
    noSession.remove("session");

    for (Map<String, Object> bad : List.of(shortSignature, padded, noSession)) {
      JsonNode refused = sendSealed(secretRoom, "c-bad", bad);
      assertThat(errorCode(refused)).isEqualTo("INVALID_INPUT");
      assertThat(field(refused)).isEqualTo("encrypted");
    }
    JsonNode withContent =
        members
            .aliceSocket()
            .request(
                "message.send",
                "roomId",
                secretRoom,
                "clientMsgId",
                "c-both",
                "content",
                "leaked",
                "encrypted",
                sealed("text", 0));
    assertThat(field(withContent)).isEqualTo("content");
    assertThat(pageOf(members.aliceSocket(), secretRoom)).isEqualTo(before);
  }

  @Test
  void anEncryptedEditReplacesTheTextAndAnEditInClearIsRefused() {
    String messageId =
        sendSealed(secretRoom, "c-1", sealed("first", 0))
            .path("result")
            .path("message")
            .path("messageId")
            .asText();
    members.bobSocket().awaitEvent("message.new");

    JsonNode inClear =
        members
            .aliceSocket()
            .request(
                "message.edit", "roomId", secretRoom, "messageId", messageId, "content", "plain");
    JsonNode edited =
        members
            .aliceSocket()
            .ok(
                "message.edit",
                "roomId",
                secretRoom,
                "messageId",
                messageId,
                "encrypted",
                sealed("second", 1))
            .path("message");

    assertThat(errorCode(inClear)).isEqualTo("INVALID_INPUT");
    assertThat(field(inClear)).isEqualTo("content");
    assertThat(edited.path("encrypted")).isEqualTo(json(sealed("second", 1)));
    assertThat(edited.path("editedAt").asLong()).isPositive();
    assertThat(members.bobSocket().awaitEvent("message.updated").path("message")).isEqualTo(edited);
  }

  @Test
  void anEncryptedEditInARoomInClearIsRefusedAndChangesNothing() {
    String messageId = members.sendForId(members.aliceSocket(), "plain words");
    JsonNode before = pageOf(members.aliceSocket(), members.roomId());

    JsonNode refused =
        members
            .aliceSocket()
            .request(
                "message.edit",
                "roomId",
                members.roomId(),
                "messageId",
                messageId,
                "encrypted",
                sealed("sealed", 0));

    assertThat(errorCode(refused)).isEqualTo("INVALID_INPUT");
    assertThat(field(refused)).isEqualTo("encrypted");
    assertThat(pageOf(members.aliceSocket(), members.roomId())).isEqualTo(before);
  }

  @Test
  void encryptedMessagesWithFilesAreNeverFoundBySearch() {
    Reply upload =
        server
            .api()
            .upload(
                secretRoom,
                members.alice().accessToken(),
                "encrypted",
                "ciphertext bytes".getBytes(StandardCharsets.UTF_8));
    assertThat(upload.status()).isEqualTo(201);
    JsonNode sent =
        members
            .aliceSocket()
            .ok(
                "message.send",
                "roomId",
                secretRoom,
                "clientMsgId",
                "c-file",
                "encrypted",
                sealed("see the file", 0),
                "attachmentIds",
                List.of(upload.body().path("fileId").asText()))
            .path("message");

    assertThat(sent.path("attachments")).hasSize(1);
    for (String query : List.of("encrypted", "from:" + members.alice().username(), "has:file")) {
      assertThat(
              members
                  .bobSocket()
                  .ok("message.search", "query", query, "roomId", secretRoom)
                  .path("results"))
          .as(query)
          .isEmpty();
      assertThat(members.bobSocket().ok("message.search", "query", query).path("results"))
          .as(query)
          .isEmpty();
    }
  }
}
