package chat.server.chat;

import static chat.server.support.TwoMembers.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient.Reply;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Unusable attachments are refused before the send takes a permit, so before the append: such a
 * refusal never reaches the store (where it would roll back a group commit shared with other users'
 * sends), and costs nothing. A refusal the store makes (a race) keeps its permit spent, so if
 * refusals reached the store, {@value #REFUSALS} of them sent together would meet {@code
 * RATE_LIMITED} after the burst of {@value #BURST}.
 */
class AttachmentRefusalProtocolTest {

  private static final int BURST = 2;
  private static final int REFUSALS = 12;

  @RegisterExtension
  static final TestServer server =
      TestServer.create(
          Map.of("MESSAGE_BURST", Integer.toString(BURST), "MESSAGE_RATE_PER_SECOND", "1"));

  @Test
  void unusableAttachmentsAreRefusedBeforeTheStoreAndCostNoPermit() {
    TwoMembers members = TwoMembers.inPrivateRoom(server, "refuse", "refusals");
    Reply upload =
        server
            .api()
            .upload(
                members.roomId(),
                members.bob().accessToken(),
                "bobs.txt",
                "bob's bytes".getBytes(StandardCharsets.UTF_8));
    String bobs = upload.body().path("fileId").asText();
    SocketClient alice = members.aliceSocket();

    List<String> ids = new ArrayList<>();
    for (int i = 0; i < REFUSALS; i++) {
      ids.add(
          alice.send(
              "message.send",
              "roomId",
              members.roomId(),
              "content",
              "try",
              "clientMsgId",
              "c-try-" + i,
              "attachmentIds",
              List.of(i % 2 == 0 ? bobs : "f_nosuchfile")));
    }

    for (String id : ids) {
      JsonNode answer = alice.answer(id);
      assertThat(errorCode(answer)).isEqualTo("INVALID_INPUT");
      assertThat(answer.path("error").path("field").asText()).isEqualTo("attachmentIds");
    }
    assertThat(members.history(alice).path("messages")).isEmpty();
    assertThat(members.sendForId(alice, "still free to send")).isNotBlank();
  }
}
