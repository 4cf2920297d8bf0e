package chat.client.ui.chat;

import chat.client.net.Session;
import chat.protocol.client.RoomMembers;
import chat.protocol.model.User;
import chat.protocol.result.MembersResult;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names for the user ids that live events carry ({@code typing}, {@code read}): learned from a
 * room's member list, asked for the first time an unknown id shows up there, and changed as {@code
 * user.updated} events tell.
 */
final class MemberNames {

  private final Session client;
  private final Map<String, String> names = new HashMap<>();

  MemberNames(Session client) {
    this.client = client;
  }

  /** The name of {@code userId}, or "Someone" until it is known. */
  String of(String userId) {
    return names.getOrDefault(userId, "Someone");
  }

  /** {@code user} is shown by another name now. */
  void changed(User user) {
    names.put(user.userId(), user.shownName());
  }

  /**
   * Asks for {@code roomId}'s members unless {@code userId} is known; then runs {@code learned}.
   */
  void learn(String roomId, String userId, Runnable learned) {
    learn(roomId, List.of(userId), learned);
  }

  /**
   * Asks for {@code roomId}'s members once unless every one of {@code userIds} is known; then runs
   * {@code learned}.
   */
  void learn(String roomId, Collection<String> userIds, Runnable learned) {
    if (names.keySet().containsAll(userIds)) {
      return;
    }
    client
        .request(id -> new RoomMembers(id, roomId), MembersResult.class)
        .thenAccept(
            result -> {
              result.members().forEach(user -> names.put(user.userId(), user.shownName()));
              learned.run();
            });
  }
}
