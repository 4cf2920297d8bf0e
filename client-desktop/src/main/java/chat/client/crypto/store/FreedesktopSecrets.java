package chat.client.crypto.store;

import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.Tuple;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.DBusMemberName;
import org.freedesktop.dbus.annotations.Position;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.Variant;

/**
 * The part of the desktop's secret service ({@code org.freedesktop.secrets}, the Secret Service API
 * of freedesktop.org that GNOME Keyring and KWallet offer) that the key store uses: a session to
 * pass secrets in, finding items by their attributes, the default collection, and making and
 * reading an item.
 */
public final class FreedesktopSecrets {

  public static final String BUS_NAME = "org.freedesktop.secrets";
  public static final String OBJECT_PATH = "/org/freedesktop/secrets";

  /** The path a call returns for "no object", and for "no prompt needed". */
  static final String NO_OBJECT = "/";

  private FreedesktopSecrets() {}

  /** {@code org.freedesktop.Secret.Service}. */
  @DBusInterfaceName("org.freedesktop.Secret.Service")
  public interface Service extends DBusInterface {

    /**
     * A session to pass secrets in; {@code "plain"} passes them unencrypted over the bus, which
     * only the user's own processes reach.
     */
    @DBusMemberName("OpenSession")
    Two<Variant<?>, DBusPath> openSession(String algorithm, Variant<?> input);

    /** The items with all of these attributes: the unlocked ones, then the locked ones. */
    @DBusMemberName("SearchItems")
    Two<List<DBusPath>, List<DBusPath>> searchItems(Map<String, String> attributes);

    /** Unlocks what it can without asking: the objects unlocked, and a prompt for the rest. */
    @DBusMemberName("Unlock")
    Two<List<DBusPath>, DBusPath> unlock(List<DBusPath> objects);

    /** The collection an alias names ({@code "default"}), or {@code "/"} for none. */
    @DBusMemberName("ReadAlias")
    DBusPath readAlias(String name);
  }

  /** {@code org.freedesktop.Secret.Collection}. */
  @DBusInterfaceName("org.freedesktop.Secret.Collection")
  public interface Collection extends DBusInterface {

    /** The item made, and a prompt ({@code "/"} when none is needed). */
    @DBusMemberName("CreateItem")
    Two<DBusPath, DBusPath> createItem(
        Map<String, Variant<?>> properties, Secret secret, boolean replace);
  }

  /** {@code org.freedesktop.Secret.Item}. */
  @DBusInterfaceName("org.freedesktop.Secret.Item")
  public interface Item extends DBusInterface {

    @DBusMemberName("GetSecret")
    Secret getSecret(DBusPath session);
  }

  /** A secret as the API passes it: {@code (oayays)}. */
  public static final class Secret extends Struct {
    @Position(0)
    private final DBusPath session;

    @Position(1)
    private final byte[] parameters;

    @Position(2)
    private final byte[] value;

    @Position(3)
    private final String contentType;

    public Secret(DBusPath session, byte[] parameters, byte[] value, String contentType) {
      this.session = session;
      this.parameters = parameters;
      this.value = value;
      this.contentType = contentType;
    }

    public DBusPath session() {
      return session;
    }

    public byte[] parameters() {
      return parameters;
    }

    public byte[] value() {
      return value;
    }

    public String contentType() {
      return contentType;
    }
  }

  /** Two out-arguments of one call. */
  public static final class Two<A, B> extends Tuple {
    @Position(0)
    private final A first;

    @Position(1)
    private final B second;

    public Two(A first, B second) {
      this.first = first;
      this.second = second;
    }

    public A first() {
      return first;
    }

    public B second() {
      return second;
    }
  }
}
