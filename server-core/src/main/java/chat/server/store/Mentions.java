package chat.server.store;

import chat.protocol.model.Message;
import java.util.List;
import java.util.TreeSet;

/**
 * Whom a message mentions: the userIds of the members it names by {@code @username}, sorted, each
 * once; and whether it says {@code @room}. Resolved against the room's members when the message is
 * sent, and stored with it, so that a member's mentions can be counted from an index.
 */
public record Mentions(List<String> userIds, boolean room) {

  /** A message that mentions nobody. */
  public static final Mentions NONE = new Mentions(List.of(), false);

  public Mentions {
    userIds = List.copyOf(new TreeSet<>(userIds));
  }

  /** The mentions {@code message} carries as stored. */
  public static Mentions of(Message message) {
    return new Mentions(
        message.mentions() == null ? List.of() : message.mentions(),
        Boolean.TRUE.equals(message.mentionsRoom()));
  }

  public boolean isEmpty() {
    return userIds.isEmpty() && !room;
  }
}
