package chat.server.chat;

import chat.server.store.MemberRole;
import chat.server.store.Mentions;
import chat.server.store.RoomStore;
import chat.server.store.UserStore;
import java.util.Collection;

/**
 * Whom a message mentions, among the room's members as they are when it is sent (or edited): {@link
 * MentionParser} on the room's members and the sender's right to {@code @room}.
 *
 * <p><b>{@code @room}.</b> In a room of up to {@value #OPEN_ROOM_MENTION_LIMIT} members any member
 * may mention the room; in a larger one only its owners may, so that one member cannot ping
 * everyone of a crowd. From anyone else {@code @room} is plain text: the message is sent, and
 * mentions nobody by it (no refusal, since the text itself is fine).
 */
public final class MentionResolver {

  /** The most members a room may have for everyone in it to be able to mention {@code @room}. */
  public static final int OPEN_ROOM_MENTION_LIMIT = 50;

  private final RoomStore rooms;
  private final UserStore users;

  public MentionResolver(RoomStore rooms, UserStore users) {
    this.rooms = rooms;
    this.users = users;
  }

  /**
   * Whom {@code content}, sent by {@code senderId} to the room whose members are {@code memberIds},
   * mentions. The members' names are read only when the text has an {@code @} outside code.
   */
  public Mentions mentions(
      String roomId, String senderId, Collection<String> memberIds, String content) {
    if (MentionParser.namesAfterAt(content).isEmpty()) {
      return Mentions.NONE;
    }
    boolean mayMentionRoom =
        memberIds.size() <= OPEN_ROOM_MENTION_LIMIT
            || rooms.role(roomId, senderId).orElse(null) == MemberRole.OWNER;
    return MentionParser.mentions(content, users.findByIds(memberIds), mayMentionRoom);
  }
}
