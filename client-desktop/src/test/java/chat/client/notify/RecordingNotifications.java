package chat.client.notify;

import chat.client.support.SessionBus;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * A notification server for tests: owns {@code org.freedesktop.Notifications} on a bus, records
 * every {@code Notify} call, and sends the signals a desktop sends when a person clicks.
 */
final class RecordingNotifications implements FreedesktopNotifications, AutoCloseable {

  /** One {@code Notify} call, as received. */
  record Call(
      long id,
      String appName,
      String summary,
      String body,
      List<String> actions,
      int expireTimeout) {}

  private final DBusConnection bus;
  private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
  private final AtomicLong ids = new AtomicLong();

  private RecordingNotifications(DBusConnection bus) {
    this.bus = bus;
  }

  static RecordingNotifications on(SessionBus session) throws DBusException {
    DBusConnection bus = DBusConnectionBuilder.forAddress(session.address()).build();
    RecordingNotifications service = new RecordingNotifications(bus);
    bus.exportObject(OBJECT_PATH, service);
    bus.requestBusName(BUS_NAME);
    return service;
  }

  @Override
  public UInt32 show(
      String appName,
      UInt32 replacesId,
      String appIcon,
      String summary,
      String body,
      List<String> actions,
      Map<String, Variant<?>> hints,
      int expireTimeout) {
    long id = ids.incrementAndGet();
    calls.add(new Call(id, appName, summary, body, List.copyOf(actions), expireTimeout));
    return new UInt32(id);
  }

  /** The next {@code Notify} call, waiting up to 5 s. */
  Call nextCall() throws InterruptedException {
    Call call = calls.poll(5, TimeUnit.SECONDS);
    if (call == null) {
      throw new AssertionError("no Notify call within 5 s");
    }
    return call;
  }

  /** Whether no further call comes within {@code millis}. */
  boolean quietFor(long millis) throws InterruptedException {
    return calls.poll(millis, TimeUnit.MILLISECONDS) == null;
  }

  /** What the desktop sends when the person clicks notification {@code id}. */
  void click(long id) throws DBusException {
    bus.sendMessage(new ActionInvoked(OBJECT_PATH, new UInt32(id), DEFAULT_ACTION));
  }

  /** What the desktop sends when notification {@code id} expires or is dismissed. */
  void dismiss(long id) throws DBusException {
    bus.sendMessage(new NotificationClosed(OBJECT_PATH, new UInt32(id), new UInt32(2)));
  }

  @Override
  public String getObjectPath() {
    return OBJECT_PATH;
  }

  @Override
  public void close() throws IOException {
    bus.close();
  }
}
