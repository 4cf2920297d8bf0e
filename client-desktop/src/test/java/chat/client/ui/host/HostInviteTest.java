package chat.client.ui.host;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.config.Settings;
import chat.client.host.LocalServerHost;
import chat.client.host.LocalServerHost.Hosted;
import chat.client.net.InviteLink;
import chat.client.net.ServerAddress;
import chat.client.net.Session;
import chat.client.support.Clients;
import chat.client.support.HostingApp;
import chat.client.support.Peer;
import chat.client.support.TrustingHttp;
import chat.protocol.http.Invite;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host panel's invite link, against a server hosted as the app hosts one (registration by
 * invite), without the toolkit.
 */
class HostInviteTest {

  @TempDir Path dir;
  private Settings settings;
  private Session client;
  private LocalServerHost host;
  private Hosting hosting;

  @BeforeEach
  void hostAServer() throws Exception {
    settings = Settings.load(dir.resolve("settings.json"));
    client = Clients.standard(settings, dir);
    host = new LocalServerHost(dir.resolve("hosted"), HostingApp.IN_TESTS);
    host.start(0, 0);
    hosting =
        new Hosting(
            host, client, settings, Executors.newVirtualThreadPerTaskExecutor(), Runnable::run);
    Hosted hosted = host.hosted();
    ServerAddress address = ServerAddress.parse(hosted.localAddress());
    settings.pinCertificate(address.hostPort(), hosted.tlsFingerprint().orElseThrow());
    client.probe(address).join();
  }

  @AfterEach
  void stop() throws InterruptedException {
    client.close();
    hosting.close();
    host.stop();
  }

  private HostInvite invite() {
    return new HostInvite(hosting, client.administration(), Clock.systemUTC());
  }

  @Test
  void theOwnerGetsALinkToTheHostedServerWithItsCertificateMadeOnceAndOfferedAgain() {
    client.register("alice", "password123").join();

    HostInvite first = invite();
    first.load().join();

    Hosted hosted = host.hosted();
    InviteLink link = InviteLink.parse(first.linkProperty().get());
    assertThat(link.hostPort())
        .isEqualTo(ServerAddress.parse(hosted.addressForOthers()).hostPort());
    assertThat(link.fingerprint()).isEqualTo(hosted.tlsFingerprint());
    assertThat(first.noteProperty().get()).isEmpty();
    List<Invite> invites = client.administration().invites().join();
    assertThat(invites)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.code()).isEqualTo(link.code());
              assertThat(i.maxUses()).isEqualTo(HostInvite.USES);
            });

    HostInvite again = invite();
    again.load().join();
    assertThat(again.linkProperty().get()).isEqualTo(first.linkProperty().get());
    assertThat(client.administration().invites().join()).hasSize(1);
  }

  @Test
  void anInviteRunningOutWithinTheHourIsNotOfferedAndAFreshOneIsMade() {
    client.register("alice", "password123").join();
    Invite soon = client.administration().createInvite(5, 60).join();

    HostInvite offered = invite();
    offered.load().join();

    assertThat(InviteLink.parse(offered.linkProperty().get()).code()).isNotEqualTo(soon.code());
    assertThat(client.administration().invites().join()).hasSize(2);
  }

  @Test
  void aMemberSignedInToTheHostedServerIsToldWhoCanShareALink() {
    Hosted hosted = host.hosted();
    String httpUrl = "https://127.0.0.1:" + hosted.httpPort();
    var trusting = TrustingHttp.of(dir.resolve("hosted").resolve("tls").resolve("cert.pem"));
    Peer.register(trusting, httpUrl, "wss://127.0.0.1:" + hosted.wsPort() + "/ws", "alice").close();
    client.register("bob", "password123", Peer.invite(trusting, httpUrl, "alice")).join();

    HostInvite member = invite();
    member.load().join();

    assertThat(member.linkProperty().get()).isEmpty();
    assertThat(member.noteProperty().get())
        .isEqualTo(
            "Sign in to the server hosted here as its owner or an admin to share an invite"
                + " link.");
  }
}
