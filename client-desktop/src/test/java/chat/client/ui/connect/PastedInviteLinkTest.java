package chat.client.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.config.Settings;
import chat.client.host.LocalServerHost;
import chat.client.net.InviteLink;
import chat.client.net.ServerAddress;
import chat.client.net.Session;
import chat.client.support.Clients;
import chat.client.support.LiveServer;
import chat.client.support.Peer;
import chat.client.support.TrustingHttp;
import chat.client.support.Waits;
import chat.client.ui.login.LoginViewModel;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An invite link pasted on the connect screen, against a real TLS server that registers by invite:
 * its certificate is pinned from the link without a question, and the sign-up uses its code.
 */
class PastedInviteLinkTest {

  @TempDir Path dir;
  private LiveServer server;
  private Settings settings;
  private Session client;
  private ConnectViewModel connect;
  private String code;
  private final AtomicInteger connected = new AtomicInteger();

  @BeforeEach
  void start() {
    server = LiveServer.startTlsWith(dir.resolve("server"), Map.of("REGISTRATION", "invite"));
    HttpClient trusting = TrustingHttp.of(server.certificateFile());
    Peer.register(trusting, server.httpUrl(), server.wsUrl(), "alice").close();
    code = Peer.invite(trusting, server.httpUrl(), "alice");
    settings = Settings.load(dir.resolve("settings.json"));
    client = Clients.standard(settings, dir);
    connect =
        new ConnectViewModel(
            client,
            new LocalServerHost(dir.resolve("hosted"), Map.of()),
            settings,
            Executors.newVirtualThreadPerTaskExecutor(),
            Runnable::run,
            connected::incrementAndGet);
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private String link(String fingerprint) {
    return InviteLink.to(ServerAddress.parse(server.address()), code, Optional.of(fingerprint))
        .text();
  }

  private String hostPort() {
    return ServerAddress.parse(server.address()).hostPort();
  }

  @Test
  void aPastedInviteLinkPinsItsCertificateWithoutAskingAndSignsUpWithItsCode() {
    connect.connecting().addressProperty().set(link(server.fingerprint()));

    connect.connecting().connect();

    Waits.until("connected", () -> connected.get() == 1);
    assertThat(connect.connecting().certificateCheckProperty().get()).isNull();
    assertThat(settings.pinnedCertificate(hostPort())).contains(server.fingerprint());
    assertThat(connect.connecting().invite()).contains(code);
    LoginViewModel login = new LoginViewModel(client, "", () -> {});
    login.registerWith(connect.connecting().invite().orElseThrow());
    assertThat(login.registeringProperty().get()).isTrue();
    login.usernameProperty().set("bob");
    login.passwordProperty().set("password123");
    login.submit();
    Waits.until("bob signed up", () -> client.me() != null);
    assertThat(client.me().username()).isEqualTo("bob");
  }

  @Test
  void aLinkNamingAnotherCertificateConnectsNowhere() {
    String other = server.fingerprint().startsWith("00") ? "11" : "00";
    String wrong = other + server.fingerprint().substring(2);
    connect.connecting().addressProperty().set(link(wrong));

    connect.connecting().connect();

    Waits.until("the refusal", () -> connect.connecting().certificateCheckProperty().get() != null);
    assertThat(connect.connecting().certificateCheckProperty().get().changed()).isTrue();
    assertThat(connected).hasValue(0);
  }

  @Test
  void aLinkNamingAnotherCertificateThanTheSavedOneConnectsNowhereAndSaysWhy() {
    String other = server.fingerprint().startsWith("00") ? "11" : "00";
    String wrong = other + server.fingerprint().substring(2);
    settings.pinCertificate(hostPort(), server.fingerprint());
    long served = server.requestsServed();
    connect.connecting().addressProperty().set(link(wrong));

    connect.connecting().connect();

    CertificateCheck check = connect.connecting().certificateCheckProperty().get();
    assertThat(check).isNotNull();
    assertThat(check.changed()).isTrue();
    assertThat(check.presented()).isEqualTo(wrong);
    assertThat(check.message())
        .startsWith("This invite link names a different certificate than the one saved for")
        .contains("forget the saved one");
    assertThat(connected).hasValue(0);
    assertThat(connect.connecting().invite()).isEmpty();
    assertThat(settings.pinnedCertificate(hostPort())).contains(server.fingerprint());
    assertThat(server.requestsServed()).as("nothing was sent").isEqualTo(served);
  }

  @Test
  void aLinkWithTheRealCertificateIsRefusedWhileAnotherOneIsSavedUntilThatIsForgotten() {
    String other = server.fingerprint().startsWith("00") ? "11" : "00";
    settings.pinCertificate(hostPort(), other + server.fingerprint().substring(2));
    connect.connecting().addressProperty().set(link(server.fingerprint()));

    connect.connecting().connect();

    CertificateCheck check = connect.connecting().certificateCheckProperty().get();
    assertThat(check).isNotNull();
    assertThat(check.message()).startsWith("This invite link names a different certificate");
    assertThat(connected).hasValue(0);

    connect.connecting().forgetCertificate();
    connect.connecting().connect();

    Waits.until("connected", () -> connected.get() == 1);
    assertThat(settings.pinnedCertificate(hostPort())).contains(server.fingerprint());
  }

  @Test
  void registeringWithoutAnInviteShowsTheServersRefusalInOneSentence() {
    connect.connecting().addressProperty().set(server.address());
    settings.pinCertificate(hostPort(), server.fingerprint());
    connect.connecting().connect();
    Waits.until("connected", () -> connected.get() == 1);
    assertThat(connect.connecting().invite()).isEmpty();
    LoginViewModel login = new LoginViewModel(client, "", () -> {});
    login.toggleMode();
    login.usernameProperty().set("mallory");
    login.passwordProperty().set("password123");

    login.submit();

    Waits.until("the refusal", () -> !login.formErrorProperty().get().isEmpty());
    assertThat(login.formErrorProperty().get()).isEqualTo("This server registers by invite only");
    assertThat(client.me()).isNull();
  }

  @Test
  void somethingElsePastedAsAnInviteLinkIsRefusedInOneSentence() {
    connect.connecting().addressProperty().set("chat://10.0.0.5:5000/rooms/general");

    connect.connecting().connect();

    assertThat(connect.connecting().errorProperty().get())
        .isEqualTo("This invite link has no invite code in it.");
    assertThat(connected).hasValue(0);
  }
}
