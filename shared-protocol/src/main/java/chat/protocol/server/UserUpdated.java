package chat.protocol.server;

import chat.protocol.model.User;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A user who shares a room with the receiver, or the receiver themself, changed how they are shown
 * (their display name): {@code user} is how they are shown now.
 */
@JsonTypeName("user.updated")
public record UserUpdated(User user) implements ServerFrame {}
