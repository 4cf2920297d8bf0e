package chat.protocol.http;

import chat.protocol.Require;
import java.util.List;

/** The body of {@code POST /api/keys/query}: whose keys, 1..{@value #MAX_USERS} userIds. */
public record KeysQuery(List<String> userIds) {

  /** The most users one query asks about. */
  public static final int MAX_USERS = 100;

  public KeysQuery {
    userIds = Require.ids(userIds, "userIds", 1, MAX_USERS);
  }
}
