package chat.client.crypto.store;

import java.util.List;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.DBusMemberName;
import org.freedesktop.dbus.interfaces.DBusInterface;

/** What a test does to the secret service and the app never does: lock a keyring. */
@DBusInterfaceName("org.freedesktop.Secret.Service")
public interface KeyringLock extends DBusInterface {

  /** Locks {@code objects}: those locked, and a prompt ({@code "/"} when none is needed). */
  @DBusMemberName("Lock")
  FreedesktopSecrets.Two<List<DBusPath>, DBusPath> lock(List<DBusPath> objects);
}
