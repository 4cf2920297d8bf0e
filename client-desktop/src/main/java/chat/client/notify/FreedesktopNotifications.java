package chat.client.notify;

import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.DBusMemberName;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * The part of the desktop notification service ({@code org.freedesktop.Notifications}, the Desktop
 * Notifications Specification) that the app uses: {@code Notify}, and the two signals that tell
 * what became of a notification.
 */
@DBusInterfaceName(FreedesktopNotifications.BUS_NAME)
public interface FreedesktopNotifications extends DBusInterface {

  String BUS_NAME = "org.freedesktop.Notifications";
  String OBJECT_PATH = "/org/freedesktop/Notifications";

  /** The action a notification server invokes when its body is clicked. */
  String DEFAULT_ACTION = "default";

  /**
   * Shows a notification and returns its id. {@code actions} alternate keys and labels; {@code
   * expireTimeout} -1 lets the server decide.
   */
  @DBusMemberName("Notify")
  UInt32 show(
      String appName,
      UInt32 replacesId,
      String appIcon,
      String summary,
      String body,
      List<String> actions,
      Map<String, Variant<?>> hints,
      int expireTimeout);

  /** The person picked an action of notification {@code id} ("default": clicked it). */
  final class ActionInvoked extends DBusSignal {
    private final UInt32 id;
    private final String actionKey;

    public ActionInvoked(String path, UInt32 id, String actionKey) throws DBusException {
      super(path, id, actionKey);
      this.id = id;
      this.actionKey = actionKey;
    }

    public UInt32 id() {
      return id;
    }

    public String actionKey() {
      return actionKey;
    }
  }

  /** Notification {@code id} is gone: expired, dismissed or closed (the reason is not used). */
  final class NotificationClosed extends DBusSignal {
    private final UInt32 id;

    public NotificationClosed(String path, UInt32 id, UInt32 reason) throws DBusException {
      super(path, id, reason);
      this.id = id;
    }

    public UInt32 id() {
      return id;
    }
  }
}
