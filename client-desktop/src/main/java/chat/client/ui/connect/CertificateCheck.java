package chat.client.ui.connect;

import chat.client.net.ServerAddress;
import java.util.Optional;

/**
 * A TLS certificate the app was shown and does not trust for the server: on first use, for the user
 * to accept or refuse, or a changed one, which can only be refused (or its old pin forgotten in a
 * deliberate second step).
 *
 * @param presented the SHA-256 fingerprint of the certificate the server presented
 * @param pinned the fingerprint trusted for the server before, if any
 * @param announced the fingerprint LAN discovery announced for the server, if known
 * @param fromInviteLink whether {@code presented} is the fingerprint a pasted invite link named,
 *     checked before anything was sent, rather than one a server presented
 */
public record CertificateCheck(
    ServerAddress address,
    String presented,
    Optional<String> pinned,
    Optional<String> announced,
    boolean fromInviteLink) {

  /**
   * A pasted invite link names {@code linked} for a server that has {@code pinned} saved: refused
   * like a changed certificate, before connecting.
   */
  public static CertificateCheck linkContradictsPin(
      ServerAddress address, String linked, String pinned) {
    return new CertificateCheck(address, linked, Optional.of(pinned), Optional.empty(), true);
  }

  /** A certificate was pinned for the server and this is another one: refused. */
  public boolean changed() {
    return pinned.isPresent();
  }

  /** Whether the fingerprint differs from the one announced on the network. */
  public boolean contradictsAnnouncement() {
    return announced.isPresent() && !announced.get().equals(presented);
  }

  /** What the user is told. */
  public String message() {
    String server = address.hostPort();
    if (changed() && fromInviteLink) {
      return "This invite link names a different certificate than the one saved for "
          + server
          + ", so the app did not connect and sent nothing. If the server's owner tells you they"
          + " replaced its certificate, forget the saved one and paste the link again.";
    }
    if (changed()) {
      return "The server's certificate has changed since you last connected to "
          + server
          + ". This can mean someone is intercepting the connection, so the app did not connect"
          + " and sent no password. If the server's owner tells you they replaced its"
          + " certificate, forget the saved one and connect again to check the new one.";
    }
    String first =
        "First connection to "
            + server
            + " over TLS. Check that this SHA-256 fingerprint is the one the server shows (in its"
            + " log, or on the screen of the app hosting it) before you trust it.";
    if (announced.isEmpty()) {
      return first;
    }
    return contradictsAnnouncement()
        ? first
            + "\nWarning: it does NOT match the fingerprint announced on your network ("
            + announced.get()
            + "). Do not trust it unless you know why."
        : first + "\nIt matches the fingerprint the server announced on your network.";
  }
}
