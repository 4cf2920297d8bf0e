package chat.protocol.http;

import chat.protocol.model.User;
import java.util.List;

/** The answer to {@code GET /api/users?query=}. */
public record UserList(List<User> users) {}
