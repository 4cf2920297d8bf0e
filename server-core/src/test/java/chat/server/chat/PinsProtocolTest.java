package chat.server.chat;

import static chat.server.support.TwoMembers.errorCode;
import static chat.server.support.TwoMembers.messageIds;
import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.Limits;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Pinned messages over real sockets: owners pin, everyone reads, members hear of every change. */
class PinsProtocolTest {

  private static final Duration QUIET = Duration.ofMillis(300);

  /** Filling a room's pins takes more than a burst of requests: the rate limit is lifted here. */
  @RegisterExtension
  static final TestServer server =
      TestServer.create(Map.of("MESSAGE_RATE_PER_SECOND", "10000", "MESSAGE_BURST", "10000"));

  TwoMembers members;
  SocketClient outsider;

  @BeforeEach
  void twoMembersAndAnOutsider() {
    members = TwoMembers.inPrivateRoom(server, "pin", "pins");
    outsider = TwoMembers.outsider(server);
  }

  private String send(String content) {
    return members.sendForId(members.bobSocket(), content);
  }

  private JsonNode pin(SocketClient by, String type, String messageId) {
    return by.request(type, "roomId", members.roomId(), "messageId", messageId);
  }

  private List<String> pins(SocketClient reader) {
    return ids(reader.ok("room.pins", "roomId", members.roomId()).path("pins"));
  }

  private static List<String> ids(JsonNode messages) {
    return StreamSupport.stream(messages.spliterator(), false)
        .map(message -> message.path("messageId").asText())
        .toList();
  }

  private JsonNode awaitPins(SocketClient socket) {
    return socket.awaitEvent("pins.updated");
  }

  @Test
  void anOwnersPinReachesEveryMemberAsTheWholeListMostRecentFirstAndNoOutsider() {
    String first = send("first");
    String second = send("second");
    pin(members.aliceSocket(), "message.pin", first);
    awaitPins(members.bobSocket());

    pin(members.aliceSocket(), "message.pin", second);

    JsonNode event = awaitPins(members.bobSocket());
    assertThat(event.path("roomId").asText()).isEqualTo(members.roomId());
    assertThat(ids(event.path("pins"))).containsExactly(second, first);
    assertThat(event.path("pins").get(0).path("pinnedBy").asText())
        .isEqualTo(members.alice().userId());
    assertThat(event.path("pins").get(0).path("pinnedAt").asLong()).isPositive();
    assertThat(outsider.receivesEvent("pins.updated", QUIET)).isFalse();
    assertThat(pins(members.bobSocket())).containsExactly(second, first);
  }

  @Test
  void anUnpinnedMessageLeavesTheListAndUnpinningTwiceAnnouncesNothing() {
    String message = send("briefly pinned");
    pin(members.aliceSocket(), "message.pin", message);
    awaitPins(members.bobSocket());

    pin(members.aliceSocket(), "message.unpin", message);
    assertThat(awaitPins(members.bobSocket()).path("pins").isEmpty()).isTrue();
    JsonNode again = pin(members.aliceSocket(), "message.unpin", message);

    assertThat(again.path("type").asText()).isEqualTo("ack");
    assertThat(members.bobSocket().receivesEvent("pins.updated", QUIET)).isFalse();
    assertThat(pins(members.bobSocket())).isEmpty();
  }

  @Test
  void aMemberWhoIsNotTheOwnerMayNotPinOrUnpinAndNothingChanges() {
    String pinned = send("pinned by the owner");
    String other = send("not pinned");
    pin(members.aliceSocket(), "message.pin", pinned);

    assertThat(errorCode(pin(members.bobSocket(), "message.pin", other))).isEqualTo("FORBIDDEN");
    assertThat(errorCode(pin(members.bobSocket(), "message.unpin", pinned))).isEqualTo("FORBIDDEN");

    assertThat(pins(members.bobSocket())).containsExactly(pinned);
  }

  @Test
  void deletingAPinnedMessageUnpinsItAndAnnouncesTheList() {
    String kept = send("kept");
    String doomed = send("doomed");
    String neverPinned = send("never pinned");
    pin(members.aliceSocket(), "message.pin", kept);
    pin(members.aliceSocket(), "message.pin", doomed);
    for (SocketClient socket : List.of(members.aliceSocket(), members.bobSocket())) {
      awaitPins(socket);
      assertThat(ids(awaitPins(socket).path("pins"))).containsExactly(doomed, kept);
    }

    members.bobSocket().ok("message.delete", "roomId", members.roomId(), "messageId", doomed);

    for (SocketClient socket : List.of(members.aliceSocket(), members.bobSocket())) {
      assertThat(ids(awaitPins(socket).path("pins"))).containsExactly(kept);
    }
    assertThat(pins(members.aliceSocket())).containsExactly(kept);
    JsonNode tombstone = members.history(members.aliceSocket()).path("messages").get(1);
    assertThat(tombstone.path("deleted").asBoolean()).isTrue();
    assertThat(tombstone.has("pinnedAt")).isFalse();
    assertThat(errorCode(pin(members.aliceSocket(), "message.pin", doomed))).isEqualTo("NOT_FOUND");

    members.bobSocket().ok("message.delete", "roomId", members.roomId(), "messageId", neverPinned);

    assertThat(members.aliceSocket().receivesEvent("pins.updated", QUIET))
        .as("pins.updated after deleting a message that was not pinned")
        .isFalse();
  }

  @Test
  void reactionsAndPinsOnADeletedOrUnknownMessageAreNotFoundAndChangeNothing() {
    String doomed = send("soon gone");
    members.bobSocket().ok("message.delete", "roomId", members.roomId(), "messageId", doomed);
    JsonNode before = members.history(members.aliceSocket());

    for (String id : List.of(doomed, members.roomId() + "/0-1", "m_unknown")) {
      for (String type : List.of("reaction.add", "reaction.remove")) {
        JsonNode refused =
            members
                .bobSocket()
                .request(type, "roomId", members.roomId(), "messageId", id, "emoji", "👍");
        assertThat(errorCode(refused)).as(type + " " + id).isEqualTo("NOT_FOUND");
      }
      for (String type : List.of("message.pin", "message.unpin")) {
        assertThat(errorCode(pin(members.aliceSocket(), type, id)))
            .as(type + " " + id)
            .isEqualTo("NOT_FOUND");
      }
    }

    assertThat(members.history(members.aliceSocket())).isEqualTo(before);
    assertThat(pins(members.aliceSocket())).isEmpty();
    assertThat(members.aliceSocket().receivesEvent("reaction.updated", QUIET)).isFalse();
  }

  @Test
  void aRoomHoldsAtMostFiftyPinsAndTheFiftyFirstChangesNothing() {
    List<String> sent = new ArrayList<>();
    for (int i = 0; i <= Limits.MAX_PINS_PER_ROOM; i++) {
      sent.add(send("pin me " + i));
    }
    for (String message : sent.subList(0, Limits.MAX_PINS_PER_ROOM)) {
      pin(members.aliceSocket(), "message.pin", message);
    }
    List<String> full = pins(members.bobSocket());

    JsonNode refused = pin(members.aliceSocket(), "message.pin", sent.getLast());

    assertThat(errorCode(refused)).isEqualTo("INVALID_INPUT");
    assertThat(full).hasSize(Limits.MAX_PINS_PER_ROOM);
    assertThat(pins(members.bobSocket())).isEqualTo(full);
    assertThat(messageIds(members.history(members.bobSocket())).getLast())
        .isEqualTo(sent.getLast());
  }
}
