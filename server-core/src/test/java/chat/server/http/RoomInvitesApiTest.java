package chat.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.AdminApi;
import chat.server.support.ApiClient;
import chat.server.support.ApiClient.Login;
import chat.server.support.ApiClient.Reply;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Room invites: made by a room's owner or an admin ({@code POST /api/rooms/{roomId}/invites}); a
 * newcomer registering with one lands in the room, and a signed-in user redeems one ({@code POST
 * /api/invites/{code}/redeem}). In each test Alice owns a private room Bob is in.
 */
class RoomInvitesApiTest {

  @RegisterExtension static final TestServer server = TestServer.create();
  static AdminApi api;

  @BeforeAll
  static void start() {
    api = AdminApi.ownedServer(server);
  }

  @AfterEach
  void reopenRegistration() {
    api.here.post("/api/admin/registration", api.owner.accessToken(), Map.of("mode", "open"));
  }

  private static Reply roomInvite(Login caller, String roomId, int maxUses) {
    return api.here.post(
        "/api/rooms/" + roomId + "/invites",
        caller.accessToken(),
        Map.of("maxUses", maxUses, "expiresInSeconds", 3600));
  }

  private static String madeRoomInvite(Login caller, String roomId, int maxUses) {
    Reply made = roomInvite(caller, roomId, maxUses);
    assertThat(made.status()).isEqualTo(201);
    assertThat(made.body().path("roomId").asText()).isEqualTo(roomId);
    return made.body().path("code").asText();
  }

  private static Reply register(String name, String invite) {
    Map<String, Object> body = new HashMap<>(Map.of("username", name, "password", "x"));
    body.put("password", AdminApi.PASSWORD);
    body.put("invite", invite);
    return api.there.post("/api/auth/register", null, body);
  }

  private static Reply redeem(Login caller, String code) {
    return api.there.post("/api/invites/" + code + "/redeem", caller.accessToken(), Map.of());
  }

  private static List<String> members(SocketClient socket, String roomId) {
    List<String> ids = new ArrayList<>();
    socket
        .ok("room.members", "roomId", roomId)
        .path("members")
        .forEach(user -> ids.add(user.path("userId").asText()));
    return ids;
  }

  @Test
  void aNewcomerRegisteringWithTheOwnersRoomInviteLandsInThePrivateRoom() {
    TwoMembers room = TwoMembers.inPrivateRoom(server, "land", "Secret");
    String code = madeRoomInvite(room.alice(), room.roomId(), 2);
    api.here.post("/api/admin/registration", api.owner.accessToken(), Map.of("mode", "invite"));

    Reply registered = register("lander", code);

    assertThat(registered.status()).isEqualTo(201);
    String newcomer = ApiClient.login(registered).userId();
    assertThat(members(room.aliceSocket(), room.roomId())).contains(newcomer);
    assertThat(
            room.bobSocket()
                .awaitFrame(
                    frame ->
                        frame.path("type").asText().equals("room.updated")
                            && frame.path("room").path("memberCount").asInt() == 3))
        .isNotNull();
    assertThat(api.invite(code).path("used").asInt()).isEqualTo(1);
    assertThat(api.invite(code).path("roomId").asText()).isEqualTo(room.roomId());
  }

  @Test
  void inOpenModeARoomInviteStillLandsTheNewcomerInItsRoom() {
    TwoMembers room = TwoMembers.inPrivateRoom(server, "open", "Club");
    String code = madeRoomInvite(room.alice(), room.roomId(), 1);

    Login newcomer = ApiClient.login(register("opener", code));

    assertThat(members(room.aliceSocket(), room.roomId())).contains(newcomer.userId());
    assertThat(api.invite(code).path("used").asInt()).isEqualTo(1);
  }

  @Test
  void anExistingUserRedeemsARoomInviteOnceAndAMemberTakesNoUse() {
    TwoMembers room = TwoMembers.inPrivateRoom(server, "redeem", "Hideout");
    String code = madeRoomInvite(room.alice(), room.roomId(), 2);
    Login carl = api.here.registered("carl");

    Reply redeemed = redeem(carl, code);
    Reply again = redeem(carl, code);
    Reply byMember = redeem(room.bob(), code);

    assertThat(redeemed.status()).isEqualTo(200);
    assertThat(redeemed.body().path("room").path("roomId").asText()).isEqualTo(room.roomId());
    assertThat(redeemed.body().path("room").path("visibility").asText()).isEqualTo("private");
    assertThat(again.status()).isEqualTo(200);
    assertThat(byMember.status()).isEqualTo(200);
    assertThat(members(room.aliceSocket(), room.roomId())).contains(carl.userId());
    assertThat(api.invite(code).path("used").asInt()).isEqualTo(1);
  }

  @Test
  void anAdminMakesARoomInviteForARoomTheyAreNotIn() {
    TwoMembers room = TwoMembers.inPrivateRoom(server, "adm", "Elsewhere");

    String code = madeRoomInvite(api.owner, room.roomId(), 1);

    assertThat(api.audit("invite_created").getFirst().path("detail").asText())
        .isEqualTo(room.roomId());
    assertThat(api.invite(code).path("createdBy").asText()).isEqualTo(api.owner.userId());
  }

  @Test
  void aRoomInviteByAMemberWhoIsNotTheOwnerOrForAnUnknownRoomIsRefusedAndStoresNothing() {
    TwoMembers room = TwoMembers.inPrivateRoom(server, "deny", "Guarded");
    Login outsider = api.here.registered("outsider");
    int invitesBefore = api.invites().size();

    Reply byMember = roomInvite(room.bob(), room.roomId(), 1);
    Reply byOutsider = roomInvite(outsider, room.roomId(), 1);
    Reply unknownRoom = roomInvite(room.alice(), "r_nosuchroom", 1);
    Reply tooMany = roomInvite(room.alice(), room.roomId(), 0);

    assertThat(byMember.status()).isEqualTo(403);
    assertThat(byMember.errorCode()).isEqualTo("FORBIDDEN");
    assertThat(byOutsider.errorCode()).isEqualTo("FORBIDDEN");
    assertThat(unknownRoom.errorCode()).isEqualTo("NOT_FOUND");
    assertThat(tooMany.errorCode()).isEqualTo("INVALID_INPUT");
    assertThat(api.invites()).hasSize(invitesBefore);
  }

  @Test
  void theOwnerListsTheRoomsInvitesAndRevokesOneWhichThenLetsNobodyIn() {
    TwoMembers room = TwoMembers.inPrivateRoom(server, "list", "Listed");
    String first = madeRoomInvite(room.alice(), room.roomId(), 1);
    String second = madeRoomInvite(room.alice(), room.roomId(), 2);
    String path = "/api/rooms/" + room.roomId() + "/invites";

    Reply listed = api.there.get(path, room.alice().accessToken());
    Reply revoked = api.there.delete(path + "/" + first, room.alice().accessToken());

    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.body().path("invites").findValuesAsText("code"))
        .containsExactly(second, first);
    assertThat(revoked.status()).isEqualTo(204);
    assertThat(
            api.here
                .get(path, room.alice().accessToken())
                .body()
                .path("invites")
                .findValuesAsText("code"))
        .containsExactly(second);
    Login carl = api.here.registered("carlo");
    assertThat(redeem(carl, first).errorCode()).isEqualTo("INVITE_INVALID");
    assertThat(api.audit("invite_revoked").getFirst().path("detail").asText())
        .isEqualTo(room.roomId());
  }

  @Test
  void onlyTheOwnerOrAnAdminListsOrRevokesARoomsInvitesAndAnotherRoomsCodeIsNotFound() {
    TwoMembers room = TwoMembers.inPrivateRoom(server, "guard", "Kept");
    TwoMembers other = TwoMembers.inPrivateRoom(server, "other", "Other");
    String code = madeRoomInvite(room.alice(), room.roomId(), 1);
    String elsewhere = madeRoomInvite(other.alice(), other.roomId(), 1);
    String path = "/api/rooms/" + room.roomId() + "/invites";

    Reply listedByMember = api.here.get(path, room.bob().accessToken());
    Reply revokedByMember = api.here.delete(path + "/" + code, room.bob().accessToken());
    Reply revokedThroughAnotherRoom =
        api.here.delete(path + "/" + elsewhere, room.alice().accessToken());
    Reply listedByAdmin = api.here.get(path, api.owner.accessToken());

    assertThat(listedByMember.status()).isEqualTo(403);
    assertThat(listedByMember.errorCode()).isEqualTo("FORBIDDEN");
    assertThat(revokedByMember.errorCode()).isEqualTo("FORBIDDEN");
    assertThat(revokedThroughAnotherRoom.status()).isEqualTo(404);
    assertThat(listedByAdmin.body().path("invites").findValuesAsText("code")).containsExactly(code);
    assertThat(api.invite(code).path("code").asText()).isEqualTo(code);
    assertThat(api.invite(elsewhere).path("code").asText()).isEqualTo(elsewhere);
  }

  @Test
  void aMemberMayNotMakeAnInviteForNoRoomThroughTheRoomlessRoute() {
    Login member = api.here.registered("roomless");
    int invitesBefore = api.invites().size();

    assertThat(api.makeInvite(member, 1).errorCode()).isEqualTo("FORBIDDEN");
    assertThat(api.invites()).hasSize(invitesBefore);
  }

  @Test
  void redeemingAnUnknownOrAPlainInviteIsInviteInvalidAndJoinsNothing() {
    TwoMembers room = TwoMembers.inPrivateRoom(server, "plain", "Closed");
    String plain = api.newInvite(3);
    Login dora = api.here.registered("dora");

    Reply unknown = redeem(dora, "i_nosuchinvite");
    Reply notForARoom = redeem(dora, plain);

    assertThat(unknown.status()).isEqualTo(403);
    assertThat(unknown.errorCode()).isEqualTo("INVITE_INVALID");
    assertThat(notForARoom.errorCode()).isEqualTo("INVITE_INVALID");
    assertThat(api.invite(plain).path("used").asInt()).isZero();
    assertThat(members(room.aliceSocket(), room.roomId())).doesNotContain(dora.userId());
  }

  @Test
  void aUsedUpRoomInviteIsRefusedAndJoinsNothing() {
    TwoMembers room = TwoMembers.inPrivateRoom(server, "full", "Tiny");
    String code = madeRoomInvite(room.alice(), room.roomId(), 1);
    Login first = api.here.registered("firstin");
    Login second = api.here.registered("secondin");
    redeem(first, code);

    Reply refused = redeem(second, code);

    assertThat(refused.status()).isEqualTo(410);
    assertThat(refused.errorCode()).isEqualTo("INVITE_USED_UP");
    assertThat(members(room.aliceSocket(), room.roomId()))
        .contains(first.userId())
        .doesNotContain(second.userId());
  }

  @Test
  void aUserBannedFromTheRoomRedeemsItsInviteToBannedAndNothingChanges() {
    TwoMembers room = TwoMembers.inPrivateRoom(server, "ban", "Barred");
    String code = madeRoomInvite(room.alice(), room.roomId(), 2);
    Login eve = api.here.registered("eve");
    room.aliceSocket()
        .ok("room.ban", "roomId", room.roomId(), "userId", eve.userId(), "durationSeconds", 600);

    Reply refused = redeem(eve, code);

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.errorCode()).isEqualTo("BANNED");
    assertThat(refused.body().path("error").path("retryAfterMs").asLong()).isPositive();
    assertThat(api.invite(code).path("used").asInt()).isZero();
    assertThat(members(room.aliceSocket(), room.roomId())).doesNotContain(eve.userId());
  }
}
