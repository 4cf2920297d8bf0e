package chat.server.support;

import chat.server.support.ApiClient.Login;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

/**
 * What most protocol tests start from: Alice and Bob, registered under fresh names, each with a
 * socket open, both members of one room that Alice created. Also the few requests those tests all
 * make: sending a message, creating another room for the two, reading a page of messages.
 */
public record TwoMembers(
    Login alice, Login bob, SocketClient aliceSocket, SocketClient bobSocket, String roomId) {

  private static final AtomicInteger names = new AtomicInteger();

  /** {@code name} with a number appended that no earlier call in this JVM has used. */
  public static String uniqueName(String name) {
    return name + names.incrementAndGet();
  }

  /** Alice ({@code prefix + "alice"}) creates a public room called {@code roomName}; Bob joins. */
  public static TwoMembers inPublicRoom(TestServer server, String prefix, String roomName) {
    TwoMembers users = connected(server, prefix);
    String roomId =
        roomIdOf(users.aliceSocket.ok("room.create", "name", roomName, "visibility", "public"));
    users.bobSocket.ok("room.join", "roomId", roomId);
    return users.in(roomId);
  }

  /** Alice ({@code prefix + "alice"}) creates a private room called {@code roomName} with Bob. */
  public static TwoMembers inPrivateRoom(TestServer server, String prefix, String roomName) {
    TwoMembers users = connected(server, prefix);
    return users.in(users.createPrivateRoom(roomName));
  }

  private static TwoMembers connected(TestServer server, String prefix) {
    Login alice = server.api().registered(uniqueName(prefix + "alice"));
    Login bob = server.api().registered(uniqueName(prefix + "bob"));
    return new TwoMembers(alice, bob, server.connect(alice), server.connect(bob), null);
  }

  private TwoMembers in(String room) {
    return new TwoMembers(alice, bob, aliceSocket, bobSocket, room);
  }

  /** Alice creates another private room with Bob in it; returns its id. */
  public String createPrivateRoom(String name) {
    return roomIdOf(
        aliceSocket.ok(
            "room.create",
            "name",
            name,
            "visibility",
            "private",
            "memberIds",
            List.of(bob.userId())));
  }

  /** Sends {@code content} to the shared room; returns the message as acked. */
  public JsonNode send(SocketClient from, String content, String clientMsgId) {
    return send(from, roomId, content, clientMsgId);
  }

  /**
   * Sends {@code content} to the shared room with {@code "c-" + content} as its client id; returns
   * the new message's id.
   */
  public String sendForId(SocketClient from, String content) {
    return send(from, content, "c-" + content).path("messageId").asText();
  }

  /**
   * The fields of a {@code message.send} of {@code content} to the shared room, followed by {@code
   * more} (threadId, alsoInRoom, attachmentIds), for {@link SocketClient#request} or {@link
   * SocketClient#ok}.
   */
  public Object[] sendFields(String content, String clientMsgId, Object... more) {
    List<Object> fields =
        new ArrayList<>(List.of("roomId", roomId, "content", content, "clientMsgId", clientMsgId));
    fields.addAll(List.of(more));
    return fields.toArray();
  }

  /**
   * What sync answers {@code reader} for the shared room given {@code cursor}, its last message
   * seen: the messages after it and the room's change position.
   */
  public JsonNode synced(SocketClient reader, String cursor) {
    return reader.ok("sync", "cursors", Map.of(roomId, cursor)).path("rooms").path(roomId);
  }

  /** Edits a message of the shared room to {@code content}; returns the message as acked. */
  public JsonNode edited(SocketClient by, String messageId, String content) {
    return by.ok("message.edit", "roomId", roomId, "messageId", messageId, "content", content)
        .path("message");
  }

  /** Sends {@code content} to any room; returns the message as acked. */
  public static JsonNode send(
      SocketClient from, String roomId, String content, String clientMsgId) {
    return from.ok("message.send", "roomId", roomId, "content", content, "clientMsgId", clientMsgId)
        .path("message");
  }

  /** The ids of a page's messages, in the page's order. */
  public static List<String> messageIds(JsonNode page) {
    return StreamSupport.stream(page.path("messages").spliterator(), false)
        .map(message -> message.path("messageId").asText())
        .toList();
  }

  /** The error code of a refused request's answer (empty for an ack). */
  public static String errorCode(JsonNode answer) {
    return answer.path("error").path("code").asText();
  }

  /** A third user, signed up and connected, in no room of the two. */
  public static SocketClient outsider(TestServer server) {
    return server.connect(server.api().registered(uniqueName("outsider")));
  }

  /** The room's whole history as one page of up to 100 messages, oldest first. */
  public JsonNode history(SocketClient reader) {
    return reader.ok("message.history", "roomId", roomId, "limit", 100);
  }

  /** The id of the room in the result of {@code room.create}. */
  public static String roomIdOf(JsonNode created) {
    return created.path("room").path("roomId").asText();
  }
}
