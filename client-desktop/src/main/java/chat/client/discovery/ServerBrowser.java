package chat.client.discovery;

import chat.protocol.discovery.ServiceRecord;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.jmdns.JmDNS;
import javax.jmdns.ServiceEvent;
import javax.jmdns.ServiceInfo;
import javax.jmdns.ServiceListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks for chat servers on the LAN: browses the {@link ServiceRecord#SERVICE_TYPE} service by
 * mDNS/DNS-SD on each given address and keeps the set of servers found, telling its {@link
 * Listener} when one appears, changes or goes. A server that stops says goodbye and is lost at
 * once; one that vanishes without a word is lost when its record expires.
 *
 * <p>JmDNS is created and closed on a thread of the browser's own, so starting and closing never
 * block the caller (the FX thread). With no address, nothing is created: no socket, no thread.
 * Announcements whose TXT record is not a valid {@link ServiceRecord} are skipped (logged once per
 * reason at debug level).
 */
public final class ServerBrowser implements AutoCloseable {

  /** Told of servers as they come and go, on a JmDNS thread. */
  public interface Listener {
    /** A server appeared, or one already found announced something new. */
    void found(FoundServer server);

    /** The server found under {@code key} went away. */
    void lost(String key);
  }

  private static final Logger log = LoggerFactory.getLogger(ServerBrowser.class);

  private final Listener listener;
  private final ExecutorService worker;
  private final List<JmDNS> browsers = new ArrayList<>();
  private final Map<String, FoundServer> found = Collections.synchronizedMap(new HashMap<>());
  private final ServiceListener events = new Events();
  private volatile boolean closed;

  private ServerBrowser(Listener listener, boolean any) {
    this.listener = listener;
    this.worker =
        any
            ? Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("mdns-browser").daemon().factory())
            : null;
  }

  /** Starts browsing on each of {@code addresses}; returns at once. */
  public static ServerBrowser start(List<InetAddress> addresses, Listener listener) {
    ServerBrowser browser = new ServerBrowser(listener, !addresses.isEmpty());
    for (InetAddress address : addresses) {
      browser.worker.execute(() -> browser.browse(address));
    }
    return browser;
  }

  /** Runs on the worker thread only. */
  private void browse(InetAddress address) {
    if (closed) {
      return;
    }
    try {
      JmDNS browser =
          JmDNS.create(
              address, "chat-app-" + address.getHostAddress().replaceAll("[^0-9A-Za-z]", "-"));
      browsers.add(browser);
      browser.addServiceListener(ServiceRecord.SERVICE_TYPE, events);
      log.info("looking for chat servers on {}", address.getHostAddress());
    } catch (IOException | RuntimeException e) {
      log.warn("cannot look for servers on {}: {}", address.getHostAddress(), e.toString());
    }
  }

  /** Stops browsing; the listener hears nothing more. Returns at once; safe to call twice. */
  @Override
  public void close() {
    closed = true;
    if (worker == null || worker.isShutdown()) {
      return;
    }
    worker.execute(this::closeBrowsers);
    worker.shutdown();
  }

  /** Runs on the worker thread only. */
  private void closeBrowsers() {
    for (JmDNS browser : browsers) {
      try {
        browser.removeServiceListener(ServiceRecord.SERVICE_TYPE, events);
        browser.close();
      } catch (IOException | RuntimeException e) {
        log.warn("cannot stop looking for servers: {}", e.toString());
      }
    }
    browsers.clear();
  }

  private void resolved(ServiceInfo info) {
    FoundServer server;
    try {
      server = read(info);
    } catch (IllegalArgumentException e) {
      log.debug("skipping the announcement {}: {}", info.getQualifiedName(), e.getMessage());
      return;
    }
    if (!closed && !server.equals(found.put(server.key(), server))) {
      log.info("found '{}' at {}", server.record().name(), server.address());
      listener.found(server);
    }
  }

  /**
   * What a resolved announcement says.
   *
   * @throws IllegalArgumentException when its TXT record is not a {@link ServiceRecord}, or it has
   *     no address
   */
  static FoundServer read(ServiceInfo info) {
    ServiceRecord record = ServiceRecord.fromTxt(txt(info));
    return new FoundServer(info.getQualifiedName(), record, host(info));
  }

  private void removed(ServiceInfo info) {
    String key = info.getQualifiedName();
    if (!closed && found.remove(key) != null) {
      log.info("lost {}", key);
      listener.lost(key);
    }
  }

  private static Map<String, String> txt(ServiceInfo info) {
    Map<String, String> txt = new HashMap<>();
    for (String name : Collections.list(info.getPropertyNames())) {
      String value = info.getPropertyString(name);
      if (value != null) {
        txt.put(name, value);
      }
    }
    return txt;
  }

  /** An IPv4 address when there is one (what people type), else any. */
  private static String host(ServiceInfo info) {
    Inet4Address[] v4 = info.getInet4Addresses();
    if (v4.length > 0) {
      return v4[0].getHostAddress();
    }
    InetAddress[] any = info.getInetAddresses();
    if (any.length > 0) {
      return any[0].getHostAddress();
    }
    throw new IllegalArgumentException("the announcement has no address");
  }

  /** JmDNS's callbacks, on its threads. */
  private final class Events implements ServiceListener {
    @Override
    public void serviceAdded(ServiceEvent event) {
      // Asks for the SRV, TXT and address records; serviceResolved follows.
      event.getDNS().requestServiceInfo(event.getType(), event.getName());
    }

    @Override
    public void serviceRemoved(ServiceEvent event) {
      removed(event.getInfo());
    }

    @Override
    public void serviceResolved(ServiceEvent event) {
      resolved(event.getInfo());
    }
  }
}
