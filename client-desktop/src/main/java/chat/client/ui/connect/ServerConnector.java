package chat.client.ui.connect;

import chat.client.config.Settings;
import chat.client.discovery.FoundServer;
import chat.client.net.Failures;
import chat.client.net.InviteLink;
import chat.client.net.ServerAddress;
import chat.client.net.Session;
import chat.client.net.UntrustedCertificateException;
import chat.protocol.CertificateFingerprint;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Connecting to the server at the typed address (or a recent one, or one found on the network, or a
 * pasted invite link), with trust on first use. {@code onConnected} runs once the server has
 * answered.
 *
 * <p>Over TLS the server must present the certificate pinned for it. On first use the app shows the
 * certificate's fingerprint ({@link #certificateCheckProperty()}) and connects only once the user
 * trusts it. A changed certificate is refused: {@code onConnected} never runs, so the sign-in
 * screen, and with it any password, is never reached; the user may cancel, or deliberately forget
 * the old certificate and then decide on the new one as on first use.
 */
public final class ServerConnector {

  private final Session client;
  private final Settings settings;
  private final Runnable onConnected;

  private final StringProperty address = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final ObservableList<String> recent = FXCollections.observableArrayList();
  private final ObjectProperty<CertificateCheck> certificateCheck = new SimpleObjectProperty<>();
  private FoundServer chosen;
  private String invite;

  /** Starts with the most recent server's address filled in. */
  public ServerConnector(Session client, Settings settings, Runnable onConnected) {
    this.client = client;
    this.settings = settings;
    this.onConnected = onConnected;
    settings.recentServers().forEach(s -> recent.add(ServerAddress.parse(s.url()).display()));
    if (!recent.isEmpty()) {
      address.set(recent.getFirst());
    }
  }

  /**
   * Connects to the typed address. When it is the address of the server last chosen from the
   * network list, the fingerprint that server announced goes along, for the first-use question.
   */
  public void connect() {
    FoundServer found = chosen;
    connect(
        found != null && found.address().equals(address.get().strip())
            ? found.record().tlsFingerprint()
            : Optional.empty());
  }

  /**
   * Connects to the typed address; {@code announcedFingerprint} is the certificate fingerprint LAN
   * discovery announced for it, if any, which a first-use question then says it matches or not
   * (written in any case, with or without colons).
   */
  public void connect(Optional<String> announcedFingerprint) {
    invite = null;
    if (InviteLink.looksLikeOne(address.get())) {
      connectWith(address.get());
      return;
    }
    List<ServerAddress> candidates;
    try {
      candidates = ServerAddress.candidates(address.get());
    } catch (IllegalArgumentException e) {
      error.set(e.getMessage());
      return;
    }
    probe(
        candidates,
        ServerAddress.requiresTls(address.get()),
        announcedFingerprint.flatMap(CertificateFingerprint::normalize));
  }

  /**
   * Connects to the server of a pasted invite link, pinning the certificate the link names; the
   * sign-in screen then registers with the link's code ({@link #invite()}). A link naming another
   * certificate than the one already pinned for that server is refused before anything is sent,
   * like a changed certificate: a link does not override what the user trusted, and the server is
   * not trusted against what the link vouches for.
   */
  private void connectWith(String pasted) {
    InviteLink link;
    try {
      link = InviteLink.parse(pasted);
    } catch (IllegalArgumentException e) {
      error.set(e.getMessage());
      return;
    }
    Optional<String> pinned = settings.pinnedCertificate(link.hostPort());
    if (link.fingerprint().isPresent()
        && pinned.isPresent()
        && !pinned.get().equals(link.fingerprint().get())) {
      error.set("");
      certificateCheck.set(
          CertificateCheck.linkContradictsPin(
              link.candidates().getFirst(), link.fingerprint().get(), pinned.get()));
      return;
    }
    if (pinned.isEmpty()) {
      link.fingerprint()
          .ifPresent(fingerprint -> settings.pinCertificate(link.hostPort(), fingerprint));
    }
    invite = link.code();
    probe(link.candidates(), link.fingerprint().isPresent(), Optional.empty());
  }

  /** The invite code of the link last connected with; empty after connecting by address. */
  public Optional<String> invite() {
    return Optional.ofNullable(invite);
  }

  /** Asks the candidates; an untrusted certificate can only come from the one over TLS. */
  private void probe(
      List<ServerAddress> candidates, boolean tlsRequired, Optional<String> announced) {
    error.set("");
    certificateCheck.set(null);
    busy.set(true);
    client
        .probe(candidates, tlsRequired)
        .whenComplete(
            (info, failure) -> {
              busy.set(false);
              if (failure == null) {
                onConnected.run();
              } else if (Failures.unwrap(failure)
                  instanceof UntrustedCertificateException refused) {
                ServerAddress secure =
                    candidates.stream().filter(ServerAddress::secure).findFirst().orElseThrow();
                certificateCheck.set(
                    new CertificateCheck(
                        secure, refused.presented(), refused.pinned(), announced, false));
              } else {
                error.set(Failures.describe(failure));
              }
            });
  }

  /** Fills in the address of a server found on the network. */
  public void choose(FoundServer server) {
    chosen = server;
    address.set(server.address());
  }

  /**
   * Trusts the certificate shown on first use (pins it for the server) and connects. Does nothing
   * for a changed certificate: that one is never trusted in one step.
   */
  public void trustCertificate() {
    CertificateCheck check = certificateCheck.get();
    if (check == null || check.changed()) {
      return;
    }
    settings.pinCertificate(check.address().hostPort(), check.presented());
    probe(List.of(check.address()), true, check.announced());
  }

  /** Leaves the certificate untrusted and stays on this screen. */
  public void cancelCertificate() {
    certificateCheck.set(null);
  }

  /**
   * After a changed certificate: forgets the old pin. It does not connect; connecting again shows
   * the new certificate as on first use, for the user to check before trusting it.
   */
  public void forgetCertificate() {
    CertificateCheck check = certificateCheck.get();
    if (check == null || !check.changed()) {
      return;
    }
    settings.forgetCertificate(check.address().hostPort());
    certificateCheck.set(null);
    error.set(
        "The certificate saved for "
            + check.address().hostPort()
            + " was forgotten. Connect again to check the new one.");
  }

  public StringProperty addressProperty() {
    return address;
  }

  /** Why the last attempt failed, here or in hosting; empty when nothing failed. */
  public StringProperty errorProperty() {
    return error;
  }

  /** True while a connection, or the server hosted here, is starting. */
  public BooleanProperty busyProperty() {
    return busy;
  }

  /** The certificate the user must decide on, or null when there is none. */
  public ObjectProperty<CertificateCheck> certificateCheckProperty() {
    return certificateCheck;
  }

  public ObservableList<String> recentServers() {
    return recent;
  }
}
