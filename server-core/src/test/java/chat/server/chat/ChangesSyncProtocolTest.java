package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Changes to messages reach a client that was away, through {@code sync}'s change positions. */
class ChangesSyncProtocolTest {

  @RegisterExtension static final TestServer server = TestServer.create();
  TwoMembers members;

  @BeforeEach
  void twoMembersOfOneRoom() {
    members = TwoMembers.inPrivateRoom(server, "changes", "changes");
  }

  /**
   * What a client holds of the room: each message as it last learned of it, by id, and the pins. It
   * learns from a page, from {@code sync}'s changed messages and from events, as the app does.
   */
  private static final class Replica {
    final Map<String, JsonNode> messages = new LinkedHashMap<>();
    List<String> pins = new ArrayList<>();

    void hold(JsonNode message) {
      messages.put(message.path("messageId").asText(), message);
    }

    void apply(JsonNode event) {
      switch (event.path("type").asText()) {
        case "message.new", "message.updated" -> hold(event.path("message"));
        case "message.deleted" -> {
          ObjectNode tombstone = messages.get(event.path("messageId").asText()).deepCopy();
          tombstone.put("content", "").put("deleted", true);
          tombstone.remove(List.of("reactions", "pinnedAt", "pinnedBy", "editedAt"));
          hold(tombstone);
        }
        case "reaction.updated" -> {
          ObjectNode message = messages.get(event.path("messageId").asText()).deepCopy();
          message.set("reactions", event.path("reactions"));
          hold(message);
        }
        case "pins.updated" -> {
          pins = new ArrayList<>();
          event.path("pins").forEach(pin -> pins.add(pin.path("messageId").asText()));
        }
        default -> {}
      }
    }

    /** What both kinds of client must agree on, per message: text, edit, deletion, reactions. */
    Map<String, String> state() {
      Map<String, String> state = new TreeMap<>();
      messages.forEach(
          (id, message) ->
              state.put(
                  id,
                  message.path("content").asText()
                      + "|"
                      + message.path("editedAt").isNumber()
                      + "|"
                      + message.path("deleted").asBoolean()
                      + "|"
                      + message.path("reactions")));
      return state;
    }
  }

  @Test
  void aClientThatMissedAnEditADeleteAReactionAndAPinHoldsWhatAClientThatStayedHolds() {
    String edited = members.sendForId(members.aliceSocket(), "to be edited");
    String deleted = members.sendForId(members.aliceSocket(), "to be deleted");
    String reacted = members.sendForId(members.aliceSocket(), "to be reacted to");
    String pinned = members.sendForId(members.aliceSocket(), "to be pinned");
    Replica stayed = new Replica();
    Replica away = new Replica();
    JsonNode page = members.history(members.bobSocket());
    page.path("messages").forEach(stayed::hold);
    page.path("messages").forEach(away::hold);
    long position = page.path("changeSeq").asLong();
    SocketClient stayedSocket = server.connect(members.bob());
    members.bobSocket().close();

    String room = members.roomId();
    SocketClient alice = members.aliceSocket();
    alice.ok("message.edit", "roomId", room, "messageId", edited, "content", "edited");
    alice.ok("message.delete", "roomId", room, "messageId", deleted);
    alice.ok("reaction.add", "roomId", room, "messageId", reacted, "emoji", "🎉");
    alice.ok("message.pin", "roomId", room, "messageId", pinned);
    for (String type :
        List.of("message.updated", "message.deleted", "reaction.updated", "pins.updated")) {
      stayed.apply(stayedSocket.awaitEvent(type));
    }
    SocketClient back = server.connect(members.bob());
    JsonNode synced =
        back.ok("sync", "cursors", Map.of(room, pinned), "changes", Map.of(room, position))
            .path("rooms")
            .path(room);
    synced.path("changed").forEach(away::hold);
    away.messages.values().stream()
        .filter(message -> message.has("pinnedAt"))
        .forEach(message -> away.pins.add(message.path("messageId").asText()));

    assertThat(synced.path("messages").isEmpty()).isTrue();
    assertThat(synced.path("changed")).hasSize(4);
    assertThat(synced.path("moreChanges").asBoolean()).isFalse();
    assertThat(synced.path("changeSeq").asLong()).isEqualTo(position + 4);
    assertThat(away.state()).isEqualTo(stayed.state());
    assertThat(away.pins).isEqualTo(stayed.pins).containsExactly(pinned);
  }

  @Test
  void historyAnswersTheRoomsChangePositionAndSyncWithoutOneAnswersOnlyThePosition() {
    String message = members.sendForId(members.aliceSocket(), "react");
    JsonNode before = members.history(members.bobSocket());
    members
        .aliceSocket()
        .ok("reaction.add", "roomId", members.roomId(), "messageId", message, "emoji", "👍");

    JsonNode after = members.history(members.bobSocket());
    JsonNode synced = members.synced(members.bobSocket(), message);

    assertThat(after.path("changeSeq").asLong()).isEqualTo(before.path("changeSeq").asLong() + 1);
    assertThat(synced.has("changed")).isFalse();
    assertThat(synced.path("changeSeq").asLong()).isEqualTo(after.path("changeSeq").asLong());
    assertThat(synced.path("moreChanges").asBoolean()).isFalse();
  }

  @Test
  void aSyncAtTheNewestPositionHasNoChanges() {
    String message = members.sendForId(members.aliceSocket(), "once");
    members
        .aliceSocket()
        .ok("reaction.add", "roomId", members.roomId(), "messageId", message, "emoji", "👍");
    long position = members.history(members.bobSocket()).path("changeSeq").asLong();

    JsonNode synced =
        members
            .bobSocket()
            .ok(
                "sync",
                "cursors",
                Map.of(members.roomId(), message),
                "changes",
                Map.of(members.roomId(), position))
            .path("rooms")
            .path(members.roomId());

    assertThat(synced.has("changed")).isFalse();
    assertThat(synced.path("changeSeq").asLong()).isEqualTo(position);
  }
}
