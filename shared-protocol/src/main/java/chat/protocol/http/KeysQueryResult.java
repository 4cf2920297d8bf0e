package chat.protocol.http;

import java.util.List;

/**
 * The answer of {@code POST /api/keys/query}: the keys of each asked user whom the caller may see
 * (themself and everyone who shares a room with them), in the order asked; others are left out.
 */
public record KeysQueryResult(List<UserKeys> users) {

  public KeysQueryResult {
    users = List.copyOf(users);
  }
}
