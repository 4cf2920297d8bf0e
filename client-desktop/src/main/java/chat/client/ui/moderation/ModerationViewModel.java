package chat.client.ui.moderation;

import chat.client.net.ClientEvent;
import chat.client.net.Session;
import chat.client.ui.chat.RoomRanks;
import chat.protocol.client.RoomModeration;
import chat.protocol.model.MemberStanding;
import chat.protocol.model.ModerationAction;
import chat.protocol.model.RoomRole;
import chat.protocol.result.ModerationResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The open room's moderation as this user meets it: everyone's role (asked with {@code
 * room.moderation} when a room opens, then kept by {@code member.updated}), the slow mode, and the
 * line under the composer: "You are muted until 14:30", "You can send again in 12 s" after the
 * server held a message back, or "Slow mode: one message every 30 s". The window's clock ({@link
 * #tick}) counts the wait down and lifts an ended mute. The standing is asked again after each
 * reconnect ({@link #reconnected}).
 */
public final class ModerationViewModel implements RoomRanks {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final Session client;
  private final Clock clock;
  private final ZoneId zone;
  private final String myUserId;
  private final Map<String, RoomRole> roles = new HashMap<>();
  private final Map<String, Long> mutes = new HashMap<>();
  private final ReadOnlyStringWrapper composerNotice = new ReadOnlyStringWrapper("");
  private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
  private final ReadOnlyBooleanWrapper moderatesOpen = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper invitesToOpen = new ReadOnlyBooleanWrapper();
  private final boolean administers;
  private String roomId;
  private int slowModeSeconds;
  private long mutedUntil;
  private long sendAgainAt;

  public ModerationViewModel(Session client, Clock clock, ZoneId zone) {
    this.client = client;
    this.clock = clock;
    this.zone = zone;
    this.myUserId = client.me().userId();
    this.administers = client.administration().administers();
  }

  /** Follows the open room ({@code null}: none): its standing is asked for afresh. */
  public void roomChanged(String id) {
    roomId = id;
    roles.clear();
    mutes.clear();
    slowModeSeconds = 0;
    mutedUntil = 0;
    sendAgainAt = 0;
    changed();
    if (id != null) {
      reload(id);
    }
  }

  /**
   * The session connected again (its rooms were listed afresh): the open room's standing is asked
   * again, as a load that failed while the connection was down left it empty, and changes made
   * meanwhile were not heard.
   */
  public void reconnected() {
    if (roomId != null) {
      reload(roomId);
    }
  }

  private void reload(String id) {
    client
        .request(rid -> new RoomModeration(rid, id), ModerationResult.class)
        .whenComplete(
            (result, failure) -> {
              if (failure != null || !id.equals(roomId)) {
                return; // a direct room has no moderation; the line stays empty
              }
              roles.clear();
              mutes.clear();
              for (MemberStanding standing : result.members()) {
                roles.put(standing.userId(), standing.role());
                if (standing.mutedUntil() != null) {
                  mutes.put(standing.userId(), standing.mutedUntil());
                }
                if (standing.userId().equals(myUserId)) {
                  mutedUntil = standing.mutedUntil() == null ? 0 : standing.mutedUntil();
                }
              }
              slowModeSeconds = result.slowModeSeconds();
              changed();
            });
  }

  /** A member's standing changed ({@code member.updated}); only the open room's is kept. */
  public void memberChanged(ClientEvent.MemberChanged changed) {
    if (!changed.roomId().equals(roomId)) {
      return;
    }
    if (changed.action() == ModerationAction.TRANSFER) {
      roles.put(changed.byUserId(), RoomRole.MODERATOR); // the owner who handed the room over
    }
    if (changed.role() == null) {
      roles.remove(changed.userId());
    } else {
      roles.put(changed.userId(), changed.role());
    }
    if (changed.action() == ModerationAction.MUTE && changed.until() != null) {
      mutes.put(changed.userId(), changed.until());
    } else if (changed.action() == ModerationAction.UNMUTE) {
      mutes.remove(changed.userId());
    }
    if (changed.userId().equals(myUserId)) {
      mutedUntil = mutes.getOrDefault(myUserId, 0L);
    }
    changed();
  }

  /** A room's slow mode changed ({@code slowmode.updated}). */
  public void slowModeChanged(ClientEvent.SlowModeChanged changed) {
    if (changed.roomId().equals(roomId)) {
      slowModeSeconds = changed.seconds();
      update();
    }
  }

  /** The server held one of ours back; it goes again by itself after {@code retryAfterMs}. */
  public void sendHeld(String id, long retryAfterMs) {
    if (id.equals(roomId)) {
      sendAgainAt = clock.millis() + retryAfterMs;
      update();
    }
  }

  /** A message was refused; a {@code MUTED} refusal says until when. */
  public void sendRefused(ClientEvent.SendRefused refused) {
    if (refused.roomId().equals(roomId) && refused.mutedForMs() > 0) {
      mutedUntil = clock.millis() + refused.mutedForMs();
      update();
    }
  }

  /** The window's clock: the wait counts down, an ended mute lifts. */
  public void tick() {
    update();
  }

  /** The role of a member of the open room, or null when unknown (not a member, not yet asked). */
  public RoomRole roleOf(String userId) {
    return roles.get(userId);
  }

  /** Whether a member of the open room is muted now. */
  public boolean muted(String userId) {
    return mutes.getOrDefault(userId, 0L) > clock.millis();
  }

  /** The open room, or null. */
  public String roomId() {
    return roomId;
  }

  /** The user's own role in the open room, or null when unknown. */
  public RoomRole myRole() {
    return roles.get(myUserId);
  }

  @Override
  public boolean moderates(String id) {
    RoomRole mine = id.equals(roomId) ? myRole() : null;
    return mine != null && mine.moderates();
  }

  /** Someone not (or no longer) listed as a member counts as a plain member. */
  @Override
  public boolean outranks(String id, String userId) {
    RoomRole mine = id.equals(roomId) ? myRole() : null;
    return mine != null && mine.outranks(roles.getOrDefault(userId, RoomRole.MEMBER));
  }

  /**
   * The sentence for the user when a moderator took them out of a room: "You were removed from
   * #general by Ana" or "You were banned from #general by Ana"; {@code byName} null says "a
   * moderator".
   */
  public static String removalNotice(
      ClientEvent.MemberChanged removal, String room, String byName) {
    String verb = removal.action() == ModerationAction.BAN ? "banned from" : "removed from";
    return "You were " + verb + " #" + room + " by " + (byName == null ? "a moderator" : byName);
  }

  /** The line under the composer, or empty. */
  public ReadOnlyStringProperty composerNoticeProperty() {
    return composerNotice.getReadOnlyProperty();
  }

  /** Counts the changes of roles and mutes: the members panel shows them again. */
  public ReadOnlyIntegerProperty revisionProperty() {
    return revision.getReadOnlyProperty();
  }

  /** Whether the user owns or moderates the open room: the header then offers its settings. */
  public ReadOnlyBooleanProperty moderatesProperty() {
    return moderatesOpen.getReadOnlyProperty();
  }

  /**
   * Whether the user may make invite links into the open room: its owner, or an admin in any room
   * with members' standing (a direct conversation has none).
   */
  public ReadOnlyBooleanProperty invitesProperty() {
    return invitesToOpen.getReadOnlyProperty();
  }

  private void changed() {
    revision.set(revision.get() + 1);
    moderatesOpen.set(roomId != null && moderates(roomId));
    RoomRole mine = roomId == null ? null : myRole();
    invitesToOpen.set(mine != null && (mine == RoomRole.OWNER || administers));
    update();
  }

  private void update() {
    long now = clock.millis();
    if (mutedUntil > now) {
      composerNotice.set(
          "You are muted until " + TIME.format(Instant.ofEpochMilli(mutedUntil).atZone(zone)));
    } else if (sendAgainAt > now) {
      long seconds = Math.ceilDiv(sendAgainAt - now, 1000);
      composerNotice.set("You can send again in " + seconds + " s");
    } else if (slowModeSeconds > 0) {
      composerNotice.set("Slow mode: one message every " + SlowModes.describe(slowModeSeconds));
    } else {
      composerNotice.set("");
    }
  }
}
