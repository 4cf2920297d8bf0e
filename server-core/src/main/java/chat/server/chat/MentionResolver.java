package chat.server.chat;

import chat.protocol.model.Message;
import chat.server.store.MemberRole;
import chat.server.store.Mentions;
import chat.server.store.RoomStore;
import chat.server.store.UserAccount;
import chat.server.store.UserStore;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
   * mentions. Accounts are read only when the text has an {@code @} outside code, and then only
   * those of the names written (all the members' when the names are more).
   */
  public Mentions mentions(
      String roomId, String senderId, Collection<String> memberIds, String content) {
    List<String> written = MentionParser.namesAfterAt(content);
    if (written.isEmpty()) {
      return Mentions.NONE;
    }
    boolean mayMentionRoom =
        memberIds.size() <= OPEN_ROOM_MENTION_LIMIT
            || rooms.role(roomId, senderId).orElse(null) == MemberRole.OWNER;
    return MentionParser.mentions(content, named(written, memberIds), mayMentionRoom);
  }

  /**
   * Whom {@code content}, replacing the content of {@code edited}, mentions: the message's mentions
   * as they are when the new text names the same (so an edit that leaves the {@code @}-words alone
   * reads no account and keeps whom it mentioned), else as {@link #mentions} resolves them.
   */
  public Mentions afterEdit(Message edited, Collection<String> memberIds, String content) {
    if (MentionParser.writtenNames(content).equals(MentionParser.writtenNames(edited.content()))) {
      return Mentions.of(edited);
    }
    return mentions(edited.roomId(), edited.senderId(), memberIds, content);
  }

  /** The members' accounts the {@code written} names may stand for. */
  private Collection<UserAccount> named(List<String> written, Collection<String> memberIds) {
    Set<String> names = MentionParser.candidateNames(written);
    if (names.size() >= memberIds.size()) {
      return users.findByIds(memberIds);
    }
    return names.stream()
        .map(users::findByUsername)
        .flatMap(Optional::stream)
        .filter(account -> memberIds.contains(account.userId()))
        .toList();
  }
}
