package chat.client.notify;

import chat.client.config.Settings;
import chat.client.config.Settings.NotifyLevel;
import chat.client.net.Session;
import chat.protocol.Features;
import chat.protocol.model.Message;
import chat.protocol.model.RoomVisibility;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Decides which new messages raise a notification, and keeps the settings that decide it: "do not
 * disturb" silences everything; otherwise a message raises one unless it is the user's own, or its
 * room is on screen in the focused window, or the room's level (its own, else the default level)
 * says no: {@code MUTED} never, {@code MENTIONS_AND_DIRECT} only for a direct room or a mention of
 * the user ({@link Mentions}: by name or {@code @room}), {@code ALL} always. A click on the
 * notification opens the room. A message sent more than {@link #STALE} before it arrives (caught up
 * after a night offline) raises none: a desktop full of old news helps nobody, and the sidebar's
 * badges still count it.
 */
public final class Alerts {

  private static final int BODY_MAX = 200;

  /** Generous, for a server whose clock is a few minutes off this computer's. */
  static final Duration STALE = Duration.ofMinutes(5);

  /**
   * Who is signed in where: levels are kept per server, and mentions are of this user, as that
   * server reads them ({@code serverReadsMentions}: it lists the {@code at-mentions} feature).
   */
  public record Me(String serverUrl, String userId, String username, boolean serverReadsMentions) {

    /** The user signed in on {@code session}. */
    public static Me of(Session session) {
      return new Me(
          session.address().url(),
          session.me().userId(),
          session.me().username(),
          session.serverInfo().features().contains(Features.MENTIONS));
    }
  }

  private final Settings settings;
  private final Me me;
  private final Mentions mentions;
  private final Notifier notifier;
  private final BooleanSupplier windowFocused;
  private final Runnable raiseWindow;
  private final Clock clock;
  private final BooleanProperty doNotDisturb;
  private final ObjectProperty<NotifyLevel> level = new SimpleObjectProperty<>(NotifyLevel.ALL);
  private String openRoomId;

  /**
   * @param doNotDisturb the saved "do not disturb" switch, shared with the settings panel
   * @param raiseWindow brings the window to the front (a notification was clicked)
   */
  public Alerts(
      Settings settings,
      BooleanProperty doNotDisturb,
      Me me,
      Notifier notifier,
      BooleanSupplier windowFocused,
      Runnable raiseWindow,
      Clock clock) {
    this.settings = settings;
    this.doNotDisturb = doNotDisturb;
    this.me = me;
    this.mentions = new Mentions(me.userId(), me.username(), me.serverReadsMentions());
    this.notifier = notifier;
    this.windowFocused = windowFocused;
    this.raiseWindow = raiseWindow;
    this.clock = clock;
  }

  /** Follows the room on screen, whose level the chat header shows. */
  public void roomOpened(String roomId) {
    openRoomId = roomId;
    level.set(roomId == null ? defaultLevel() : level(roomId));
  }

  /** Sets the open room's level. */
  public void setLevel(NotifyLevel chosen) {
    if (openRoomId != null) {
      setLevel(openRoomId, chosen);
    }
  }

  /** A room's level, as saved for this server: the default level unless the user set one. */
  public NotifyLevel level(String roomId) {
    return settings.notifyLevel(me.serverUrl(), roomId);
  }

  /** Whether the user set this room's level, rather than leaving it to the default. */
  public boolean hasOwnLevel(String roomId) {
    return settings.hasOwnNotifyLevel(me.serverUrl(), roomId);
  }

  /** Puts the room back under the default level; the header follows when it is the open room. */
  public void useDefaultLevel(String roomId) {
    settings.forgetNotifyLevel(me.serverUrl(), roomId);
    if (roomId.equals(openRoomId)) {
      level.set(defaultLevel());
    }
  }

  /** The level of the rooms whose level the user did not set. */
  public NotifyLevel defaultLevel() {
    return settings.defaultNotifyLevel();
  }

  /** Sets the default level; the header follows when the open room has no level of its own. */
  public void setDefaultLevel(NotifyLevel chosen) {
    settings.setDefaultNotifyLevel(chosen);
    if (openRoomId != null) {
      level.set(level(openRoomId));
    }
  }

  /**
   * Sets a room's level (from the settings panel, or the header's menu for the open room); the
   * header follows when it is the open room.
   */
  public void setLevel(String roomId, NotifyLevel chosen) {
    settings.setNotifyLevel(me.serverUrl(), roomId, chosen);
    if (roomId.equals(openRoomId)) {
      level.set(chosen);
    }
  }

  /**
   * A message new to this app (not a repeat) arrived in a room of the given visibility and name:
   * raises a notification if the rules say so. A click on it raises the window and runs {@code
   * openRoom}.
   */
  public void arrived(
      Message message, RoomVisibility visibility, String roomName, Runnable openRoom) {
    if (!deserves(message, visibility)) {
      return;
    }
    String title =
        visibility == RoomVisibility.DIRECT
            ? message.senderName()
            : message.senderName() + " in " + roomName;
    notifier.show(
        title,
        shortened(message.content()),
        () -> {
          raiseWindow.run();
          openRoom.run();
        });
  }

  private boolean deserves(Message message, RoomVisibility visibility) {
    if (doNotDisturb.get() || me.userId().equals(message.senderId())) {
      return false;
    }
    if (message.timestamp() < clock.millis() - STALE.toMillis()) {
      return false;
    }
    if (message.roomId().equals(openRoomId) && windowFocused.getAsBoolean()) {
      return false;
    }
    return switch (level(message.roomId())) {
      case ALL -> true;
      case MENTIONS_AND_DIRECT -> visibility == RoomVisibility.DIRECT || mentions.of(message);
      case MUTED -> false;
    };
  }

  private static String shortened(String content) {
    if (content.codePointCount(0, content.length()) <= BODY_MAX) {
      return content;
    }
    return content.substring(0, content.offsetByCodePoints(0, BODY_MAX - 1)) + "…";
  }

  /** "Do not disturb", saved as it changes. */
  public BooleanProperty doNotDisturbProperty() {
    return doNotDisturb;
  }

  /** The open room's level. */
  public ReadOnlyObjectProperty<NotifyLevel> levelProperty() {
    return level;
  }
}
