package chat.client.ui.moderation;

import chat.client.net.Failures;
import chat.client.net.Session;
import chat.protocol.client.ClientFrame;
import chat.protocol.client.RoomBan;
import chat.protocol.client.RoomKick;
import chat.protocol.client.RoomMute;
import chat.protocol.client.RoomRoleSet;
import chat.protocol.client.RoomTransfer;
import chat.protocol.client.RoomUnmute;
import chat.protocol.model.RoomRole;
import chat.protocol.result.EmptyResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the reader may do to a member of the open room, and doing it: only to someone they outrank
 * (the owner to moderators and members, a moderator to members). The server decides again; a
 * refusal shows through {@code failed}.
 */
public final class MemberActions {

  private static final long HOUR = 3600;
  private static final long DAY = 24 * HOUR;

  /** A moderator's action on a member, with the words its menu item shows. */
  public enum Action {
    MAKE_MODERATOR(
        "Make moderator", (room, user) -> id -> role(id, room, user, RoomRole.MODERATOR)),
    MAKE_MEMBER("Make member", (room, user) -> id -> role(id, room, user, RoomRole.MEMBER)),
    HAND_OVER("Hand over ownership…", (room, user) -> id -> new RoomTransfer(id, room, user)),
    KICK("Kick", (room, user) -> id -> new RoomKick(id, room, user)),
    BAN_HOUR("Ban for 1 hour", (room, user) -> id -> new RoomBan(id, room, user, HOUR)),
    BAN_DAY("Ban for 1 day", (room, user) -> id -> new RoomBan(id, room, user, DAY)),
    BAN_FOR_GOOD("Ban for good", (room, user) -> id -> new RoomBan(id, room, user, null)),
    MUTE_10_MIN("Mute for 10 minutes", (room, user) -> id -> new RoomMute(id, room, user, 600)),
    MUTE_HOUR("Mute for 1 hour", (room, user) -> id -> new RoomMute(id, room, user, HOUR)),
    MUTE_DAY("Mute for 1 day", (room, user) -> id -> new RoomMute(id, room, user, DAY)),
    UNMUTE("Unmute", (room, user) -> id -> new RoomUnmute(id, room, user));

    private final String text;
    private final BiFunction<String, String, Function<String, ClientFrame>> frame;

    Action(String text, BiFunction<String, String, Function<String, ClientFrame>> frame) {
      this.text = text;
      this.frame = frame;
    }

    public String text() {
      return text;
    }

    /** Whether the reader confirms before it goes: handing the room over cannot be undone. */
    public boolean asksFirst() {
      return this == HAND_OVER;
    }

    private static ClientFrame role(String id, String room, String user, RoomRole role) {
      return new RoomRoleSet(id, room, user, role);
    }
  }

  private final Session client;
  private final ModerationViewModel moderation;
  private final Consumer<String> failed;

  /**
   * @param failed shows why the server refused an action
   */
  public MemberActions(Session client, ModerationViewModel moderation, Consumer<String> failed) {
    this.client = client;
    this.moderation = moderation;
    this.failed = failed;
  }

  /**
   * The actions offered on {@code userId}: none unless the reader outranks them. Someone the
   * standing asked for when the room opened does not list (they joined since) is a plain member.
   */
  public List<Action> of(String userId) {
    List<Action> actions = new ArrayList<>();
    RoomRole mine = moderation.myRole();
    RoomRole theirs = Objects.requireNonNullElse(moderation.roleOf(userId), RoomRole.MEMBER);
    if (mine == null || !mine.outranks(theirs)) {
      return actions;
    }
    if (mine == RoomRole.OWNER) {
      actions.add(theirs == RoomRole.MEMBER ? Action.MAKE_MODERATOR : Action.MAKE_MEMBER);
      actions.add(Action.HAND_OVER);
    }
    actions.addAll(List.of(Action.KICK, Action.BAN_HOUR, Action.BAN_DAY, Action.BAN_FOR_GOOD));
    if (moderation.muted(userId)) {
      actions.add(Action.UNMUTE);
    } else {
      actions.addAll(List.of(Action.MUTE_10_MIN, Action.MUTE_HOUR, Action.MUTE_DAY));
    }
    return actions;
  }

  /** The room open now: the one a menu opened now acts in, to give back to {@link #run}. */
  public String openRoom() {
    return moderation.roomId();
  }

  /**
   * Does {@code action} to {@code userId} in {@code roomId}, the room open when the menu was (the
   * view asked first if it asks); nothing when another room has opened since, so a confirmation
   * answered later never acts on a room the reader did not pick it in.
   */
  public void run(Action action, String roomId, String userId) {
    if (roomId == null || !roomId.equals(moderation.roomId())) {
      return;
    }
    client
        .request(action.frame.apply(roomId, userId), EmptyResult.class)
        .whenComplete(
            (ok, failure) -> {
              if (failure != null) {
                failed.accept(Failures.describe(failure));
              }
            });
  }
}
