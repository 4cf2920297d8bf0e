package chat.server.chat;

import static chat.server.support.TwoMembers.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.Base64Url;
import chat.protocol.model.DeviceEnvelope;
import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Login;
import chat.server.support.DeviceIdentity;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Device messages over real sockets (docs/E2EE.md): sent from a session's device to devices of
 * people who share a room, pushed live to the recipient's session, kept in its inbox until
 * acknowledged; each refusal with its code and nothing stored.
 */
class DeviceMessagesProtocolTest {

  private static final Duration QUIET = Duration.ofMillis(300);

  @RegisterExtension static final TestServer server = TestServer.create();
  TwoMembers members;
  String aliceDevice;
  String bobDevice;

  @BeforeEach
  void aliceAndBobEachRegisterTheirSessionsDevice() {
    members = TwoMembers.inPrivateRoom(server, "dm", "devices");
    aliceDevice = register(members.alice(), "laptop");
    bobDevice = register(members.bob(), "phone");
  }

  /** Registers a device for the session of {@code who}'s login; returns its id. */
  private static String register(Login who, String name) {
    DeviceIdentity identity = DeviceIdentity.generate();
    String deviceId = name + "-" + who.username() + "-device";
    assertThat(
            server
                .api()
                .put(
                    "/api/keys/identity",
                    who.accessToken(),
                    Map.of("identityKey", identity.publicKey()))
                .status())
        .isEqualTo(200);
    assertThat(
            server
                .api()
                .put("/api/keys/device", who.accessToken(), identity.device(who.userId(), deviceId))
                .status())
        .isEqualTo(200);
    return deviceId;
  }

  private static Map<String, Object> body(String text) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("v", 1);
    body.put("enc", Base64Url.encode(new byte[32]));
    body.put("ciphertext", Base64Url.encode(text.getBytes(StandardCharsets.UTF_8)));
    return body;
  }

  private static Map<String, Object> to(String userId, String deviceId, Object body) {
    return Map.of("userId", userId, "deviceId", deviceId, "body", body);
  }

  private JsonNode send(SocketClient from, List<Map<String, Object>> messages) {
    return from.request("device.send", "messages", messages);
  }

  private JsonNode inbox(SocketClient of, long after) {
    return of.ok("device.inbox", "after", after).path("messages");
  }

  @Test
  void aMessageIsPushedToTheRecipientsSessionAndKeptUntilAcknowledged() {
    JsonNode answer =
        send(
            members.aliceSocket(),
            List.of(
                to(members.bob().userId(), bobDevice, body("room key")),
                to(members.bob().userId(), "no-such-device-0001", body("lost")),
                to(members.bob().userId(), aliceDevice, body("wrong user"))));

    List<String> unknown = new ArrayList<>();
    answer.path("result").path("unknownDevices").forEach(id -> unknown.add(id.asText()));
    assertThat(unknown).containsExactly("no-such-device-0001", aliceDevice);
    JsonNode pushed = members.bobSocket().awaitEvent("device.message");
    assertThat(pushed.path("fromUserId").asText()).isEqualTo(members.alice().userId());
    assertThat(pushed.path("fromDeviceId").asText()).isEqualTo(aliceDevice);
    assertThat(pushed.path("body").path("ciphertext").asText())
        .isEqualTo(body("room key").get("ciphertext"));
    JsonNode kept = inbox(members.bobSocket(), 0);
    assertThat(kept).hasSize(1);
    assertThat(kept.get(0).path("id")).isEqualTo(pushed.path("id"));
    assertThat(inbox(members.aliceSocket(), 0)).isEmpty();
    assertThat(members.aliceSocket().receivesEvent("device.message", QUIET)).isFalse();

    members.bobSocket().ok("device.ack", "upTo", pushed.path("id").asLong());

    assertThat(inbox(members.bobSocket(), 0)).isEmpty();
  }

  @Test
  void aSessionWithoutADeviceCanNeitherSendNorReadAnInbox() {
    SocketClient noDevice =
        server.connect(
            ApiClient.login(
                server.api().login(members.alice().username(), "correct horse battery")));

    JsonNode refused = send(noDevice, List.of(to(members.bob().userId(), bobDevice, body("hi"))));

    assertThat(errorCode(refused)).isEqualTo("FORBIDDEN");
    assertThat(errorCode(noDevice.request("device.inbox"))).isEqualTo("FORBIDDEN");
    assertThat(errorCode(noDevice.request("device.ack", "upTo", 1))).isEqualTo("FORBIDDEN");
    assertThat(inbox(members.bobSocket(), 0)).isEmpty();
  }

  @Test
  void aRecipientWhoSharesNoRoomRefusesTheWholeSend() {
    Login stranger = server.api().registered(TwoMembers.uniqueName("dmstranger"));
    String strangerDevice = register(stranger, "tablet");

    JsonNode refused =
        send(
            members.aliceSocket(),
            List.of(
                to(members.bob().userId(), bobDevice, body("fine")),
                to(stranger.userId(), strangerDevice, body("not fine"))));

    assertThat(errorCode(refused)).isEqualTo("FORBIDDEN");
    assertThat(inbox(members.bobSocket(), 0)).isEmpty();
    assertThat(members.bobSocket().receivesEvent("device.message", QUIET)).isFalse();
  }

  @Test
  void aBodyOverSixteenKibibytesIsTooLargeAndTheFrameStoresNothing() {
    Map<String, Object> tooLarge = body("x");
    tooLarge.put("ciphertext", "A".repeat(DeviceEnvelope.MAX_CIPHERTEXT_CHARS + 1));

    JsonNode refused =
        send(
            members.aliceSocket(),
            List.of(
                to(members.bob().userId(), bobDevice, body("fine")),
                to(members.bob().userId(), bobDevice, tooLarge)));
    JsonNode malformed =
        send(
            members.aliceSocket(),
            List.of(to(members.bob().userId(), bobDevice, Map.of("v", 1, "enc", "AA"))));
    JsonNode none = members.aliceSocket().request("device.send", "messages", List.of());

    assertThat(errorCode(refused)).isEqualTo("PAYLOAD_TOO_LARGE");
    assertThat(errorCode(malformed)).isEqualTo("INVALID_INPUT");
    assertThat(errorCode(none)).isEqualTo("INVALID_INPUT");
    assertThat(inbox(members.bobSocket(), 0)).isEmpty();
  }

  @Test
  void aSendThatWouldOverflowTheInboxIsRateLimitedAndStoresNothing() {
    Map<String, Object> one = to(members.bob().userId(), bobDevice, body("k"));
    List<Map<String, Object>> frame = Collections.nCopies(200, one);
    for (int i = 0; i < DeviceMessageService.INBOX_CAPACITY / 200; i++) {
      assertThat(send(members.aliceSocket(), frame).path("type").asText()).isEqualTo("ack");
    }

    JsonNode refused = send(members.aliceSocket(), List.of(one));

    assertThat(errorCode(refused)).isEqualTo("RATE_LIMITED");
    assertThat(refused.path("error").path("retryAfterMs").asLong()).isPositive();
    List<Long> last = new ArrayList<>();
    inbox(members.bobSocket(), DeviceMessageService.INBOX_CAPACITY - 100)
        .forEach(message -> last.add(message.path("id").asLong()));
    assertThat(last).hasSize(100).endsWith((long) DeviceMessageService.INBOX_CAPACITY);
  }
}
