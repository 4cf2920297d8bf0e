package chat.server.discovery;

import chat.protocol.discovery.ServiceRecord;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.jmdns.JmDNS;
import javax.jmdns.ServiceInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces a server on the LAN by mDNS/DNS-SD: one JmDNS responder per address, each registering
 * the {@link ServiceRecord#SERVICE_TYPE} service with the record as its TXT. Clients browsing that
 * type find the server without being told its address.
 *
 * <p>Registering probes the network for name conflicts and takes a second or more per address, so
 * it runs on a thread of its own: the server is up and serving while it announces. {@link
 * #withdraw} and {@link #close} say goodbye.
 *
 * <p>With no address, nothing is created: no socket, no thread, no packet.
 */
public final class ServiceAnnouncer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ServiceAnnouncer.class);
  private static final long CLOSE_TIMEOUT_SECONDS = 15;

  private final List<InetAddress> addresses;
  private final ExecutorService worker;
  private final List<JmDNS> responders = new ArrayList<>();

  private ServiceAnnouncer(List<InetAddress> addresses) {
    this.addresses = List.copyOf(addresses);
    this.worker =
        addresses.isEmpty()
            ? null
            : Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("mdns-announcer").daemon().factory());
  }

  /** Starts announcing {@code record} on each of {@code addresses}; returns at once. */
  public static ServiceAnnouncer start(List<InetAddress> addresses, ServiceRecord record) {
    ServiceAnnouncer announcer = new ServiceAnnouncer(addresses);
    for (InetAddress address : announcer.addresses) {
      announcer.worker.execute(() -> announcer.register(address, record));
    }
    return announcer;
  }

  /** The addresses this announcer announces on; empty when it announces nowhere. */
  public List<InetAddress> addresses() {
    return addresses;
  }

  /** Runs on the worker thread only. */
  private void register(InetAddress address, ServiceRecord record) {
    try {
      JmDNS responder = JmDNS.create(address, hostLabel(address));
      responders.add(responder);
      responder.registerService(
          ServiceInfo.create(
              ServiceRecord.SERVICE_TYPE, record.name(), record.httpPort(), 0, 0, record.toTxt()));
      log.info(
          "announcing '{}' on {} as {}",
          record.name(),
          address.getHostAddress(),
          ServiceRecord.SERVICE_TYPE);
    } catch (IOException | RuntimeException e) {
      log.warn("cannot announce on {}: {}", address.getHostAddress(), e.toString());
    }
  }

  /** A host name per address (JmDNS would otherwise ask DNS for one, which may hang). */
  private static String hostLabel(InetAddress address) {
    return "chat-" + address.getHostAddress().replaceAll("[^0-9A-Za-z]", "-");
  }

  /**
   * Starts withdrawing the announcement: each responder says goodbye (browsers drop the server at
   * once instead of when the record expires) and closes, which takes JmDNS about two seconds, after
   * any registration still running. Returns at once; {@link #close} waits for it.
   */
  public void withdraw() {
    if (worker == null || worker.isShutdown()) {
      return;
    }
    worker.execute(this::closeResponders);
    worker.shutdown();
  }

  /** {@link #withdraw}, and waits (boundedly) until the goodbyes are out. Safe to call twice. */
  @Override
  public void close() {
    if (worker == null) {
      return;
    }
    withdraw();
    try {
      if (!worker.awaitTermination(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        log.warn("mDNS announcement still closing after {} s", CLOSE_TIMEOUT_SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Runs on the worker thread only, after every registration; closing unregisters. */
  private void closeResponders() {
    for (JmDNS responder : responders) {
      try {
        responder.close();
      } catch (IOException | RuntimeException e) {
        log.warn("cannot withdraw the announcement: {}", e.toString());
      }
    }
    responders.clear();
  }
}
