package chat.protocol.result;

import chat.protocol.model.User;
import java.util.List;

/** The result of {@code room.members}, each user with their presence. */
public record MembersResult(List<User> members) {}
