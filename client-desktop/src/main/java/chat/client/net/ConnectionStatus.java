package chat.client.net;

import java.time.Instant;

/**
 * Where the connection stands. {@code retryAt} is set while {@link Phase#WAITING}: when the next
 * attempt starts.
 */
public record ConnectionStatus(Phase phase, Instant retryAt) {

  /** The connection's phases, in the order a healthy start goes through them. */
  public enum Phase {
    SIGNED_OUT,
    CONNECTING,
    CONNECTED,
    WAITING,
    /**
     * The server presented a certificate other than the pinned one on a reconnect: the connection
     * stopped for good, nothing was sent, and only signing out leads on.
     */
    CERTIFICATE_CHANGED
  }

  public static final ConnectionStatus SIGNED_OUT = new ConnectionStatus(Phase.SIGNED_OUT, null);
  public static final ConnectionStatus CONNECTING = new ConnectionStatus(Phase.CONNECTING, null);
  public static final ConnectionStatus CONNECTED = new ConnectionStatus(Phase.CONNECTED, null);
  public static final ConnectionStatus CERTIFICATE_CHANGED =
      new ConnectionStatus(Phase.CERTIFICATE_CHANGED, null);

  public static ConnectionStatus waitingUntil(Instant retryAt) {
    return new ConnectionStatus(Phase.WAITING, retryAt);
  }

  public boolean connected() {
    return phase == Phase.CONNECTED;
  }
}
