package chat.server.support;

import chat.server.support.ApiClient.Login;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * What the moderation tests start from: a public room that Olive owns, with Mona, whom Olive made
 * its moderator, and Max, a plain member, each with a socket open; every event of that setup
 * already taken, so each test sees only its own.
 */
public record ThreeRoles(
    Login owner,
    Login moderator,
    Login member,
    SocketClient ownerSocket,
    SocketClient moderatorSocket,
    SocketClient memberSocket,
    String roomId) {

  /**
   * A server for these tests, its message rate limit out of the way: they send in bursts that are
   * about roles, mutes and slow mode, not about flooding.
   */
  public static TestServer server() {
    return TestServer.create(Map.of("MESSAGE_RATE_PER_SECOND", "10000", "MESSAGE_BURST", "10000"));
  }

  public static ThreeRoles inPublicRoom(TestServer server, String prefix) {
    Login owner = server.api().registered(TwoMembers.uniqueName(prefix + "olive"));
    Login moderator = server.api().registered(TwoMembers.uniqueName(prefix + "mona"));
    Login member = server.api().registered(TwoMembers.uniqueName(prefix + "max"));
    SocketClient ownerSocket = server.connect(owner);
    SocketClient moderatorSocket = server.connect(moderator);
    SocketClient memberSocket = server.connect(member);
    String roomId =
        TwoMembers.roomIdOf(
            ownerSocket.ok("room.create", "name", prefix + " room", "visibility", "public"));
    moderatorSocket.ok("room.join", "roomId", roomId);
    memberSocket.ok("room.join", "roomId", roomId);
    ownerSocket.ok(
        "room.role", "roomId", roomId, "userId", moderator.userId(), "role", "moderator");
    ThreeRoles room =
        new ThreeRoles(
            owner, moderator, member, ownerSocket, moderatorSocket, memberSocket, roomId);
    for (SocketClient socket : room.sockets()) {
      memberUpdated(socket, moderator.userId());
    }
    room.forgetEvents();
    return room;
  }

  public String ownerId() {
    return owner.userId();
  }

  public String moderatorId() {
    return moderator.userId();
  }

  public String memberId() {
    return member.userId();
  }

  public List<SocketClient> sockets() {
    return List.of(ownerSocket, moderatorSocket, memberSocket);
  }

  /** Drops every frame the sockets received and nobody claimed. */
  public void forgetEvents() {
    for (SocketClient socket : sockets()) {
      while (socket.poll(frame -> true, Duration.ZERO).isPresent()) {
        // each poll takes one
      }
    }
  }

  /** A moderation request on the room about {@code userId}, followed by {@code more} fields. */
  public JsonNode act(SocketClient by, String type, String userId, Object... more) {
    Object[] fields = new Object[4 + more.length];
    fields[0] = "roomId";
    fields[1] = roomId;
    fields[2] = "userId";
    fields[3] = userId;
    System.arraycopy(more, 0, fields, 4, more.length);
    return by.request(type, fields);
  }

  /** The room's moderation state as {@code reader} may see it. */
  public JsonNode state(SocketClient reader) {
    return reader.ok("room.moderation", "roomId", roomId);
  }

  /** Each member's role in the state, as {@code userId=role}, sorted. */
  public List<String> roles(SocketClient reader) {
    return StreamSupport.stream(state(reader).path("members").spliterator(), false)
        .map(m -> m.path("userId").asText() + "=" + m.path("role").asText())
        .sorted()
        .toList();
  }

  /** The next {@code member.updated} about {@code userId} that {@code socket} receives. */
  public static JsonNode memberUpdated(SocketClient socket, String userId) {
    return socket.awaitFrame(
        frame ->
            frame.path("type").asText().equals("member.updated")
                && frame.path("userId").asText().equals(userId));
  }
}
