package chat.client.discovery;

import chat.protocol.discovery.ServiceRecord;

/**
 * A server found on the LAN.
 *
 * @param key what identifies its announcement (the DNS-SD service's full name): a server found
 *     again under the same key replaces the earlier finding, and is lost under it
 * @param record what it says about itself
 * @param host the address it was found at
 */
public record FoundServer(String key, ServiceRecord record, String host) {

  /** The address as a person would type it; {@code https://} first when the server uses TLS. */
  public String address() {
    String hostAndPort = (host.contains(":") ? "[" + host + "]" : host) + ":" + record.httpPort();
    return record.tlsFingerprint().isPresent() ? "https://" + hostAndPort : hostAndPort;
  }

  /** How the connect screen lists it. */
  public String label() {
    return record.name() + " — " + address();
  }
}
