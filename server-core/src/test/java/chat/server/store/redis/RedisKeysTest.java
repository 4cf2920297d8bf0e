package chat.server.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.store.FileKind;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The key strings are a storage format: changing one strands the data written under the old. */
class RedisKeysTest {

  @Test
  void userKeysShareTheUsersTag() {
    assertThat(RedisKeys.userInfo("u1")).isEqualTo("chat:{user:u1}:info");
    assertThat(RedisKeys.userRooms("u1")).isEqualTo("chat:{user:u1}:rooms");
    assertThat(RedisKeys.userSessions("u1")).isEqualTo("chat:{user:u1}:sessions");
  }

  @Test
  void theAckProbeOfAWriteSharesTheWritesHashTag() {
    assertThat(RedisKeys.ackProbe(RedisKeys.roomLog("r1"))).isEqualTo("chat:{room:r1}:ack-probe");
    assertThat(RedisKeys.ackProbe("untagged")).isEqualTo("chat:{untagged}:ack-probe");
    assertThat(RedisKeys.hashTag("chat:{}:x")).isEqualTo("chat:{}:x");
  }

  @Test
  void nameIndexesShareOneTag() {
    assertThat(RedisKeys.userIdsByName()).isEqualTo("chat:{users}:ids-by-name");
    assertThat(RedisKeys.userNames()).isEqualTo("chat:{users}:names");
  }

  @Test
  void serverRolesShareTheTagOfTheNameIndexes() {
    assertThat(RedisKeys.serverOwner()).isEqualTo("chat:{users}:owner");
    assertThat(RedisKeys.serverAdmins()).isEqualTo("chat:{users}:admins");
    assertThat(RedisKeys.deactivatedUsers()).isEqualTo("chat:{users}:deactivated");
    assertThat(RedisKeys.deletedUsers()).isEqualTo("chat:{users}:deleted");
  }

  @Test
  void theAuditLogAndItsCounterShareOneTag() {
    assertThat(AccessKeys.auditSeq()).isEqualTo("chat:{audit}:seq");
    assertThat(AccessKeys.auditLog()).isEqualTo("chat:{audit}:log");
  }

  @Test
  void invitesShareOneTagAndTheModeHasItsOwn() {
    assertThat(AccessKeys.invite("i_1")).isEqualTo("chat:{invites}:invite:i_1");
    assertThat(AccessKeys.invitesByAge()).isEqualTo("chat:{invites}:by-age");
    assertThat(AccessKeys.invitesOfRoom("r_1")).isEqualTo("chat:{invites}:room:r_1");
    assertThat(AccessKeys.registrationMode()).isEqualTo("chat:{settings}:registration-mode");
  }

  @Test
  void twoFactorKeysShareTheUsersTagAndEachChallengeHasItsOwn() {
    assertThat(AccessKeys.twoFactor("u1")).isEqualTo("chat:{user:u1}:two-factor");
    assertThat(AccessKeys.recoveryCodes("u1")).isEqualTo("chat:{user:u1}:recovery-codes");
    assertThat(AccessKeys.secondFactorChallenge("ab"))
        .isEqualTo("chat:{second-factor:ab}:challenge");
    assertThat(AccessKeys.secondFactorChallengesOf("u1"))
        .isEqualTo("chat:{user:u1}:second-factor-challenges");
    assertThat(AccessKeys.twoFactorRequired()).isEqualTo("chat:{settings}:two-factor-required");
  }

  @Test
  void publicKeysLieUnderTheirUsersDevicesAndSessionsTags() {
    assertThat(DeviceKeyKeys.identityKey("u1")).isEqualTo("chat:{user:u1}:identity-key");
    assertThat(DeviceKeyKeys.devices("u1")).isEqualTo("chat:{user:u1}:devices");
    assertThat(DeviceKeyKeys.deviceClaim("d1")).isEqualTo("chat:{device:d1}:claim");
    assertThat(DeviceKeyKeys.inbox("d1")).isEqualTo("chat:{device:d1}:inbox");
    assertThat(DeviceKeyKeys.inboxSeq("d1")).isEqualTo("chat:{device:d1}:inbox-seq");
    assertThat(DeviceKeyKeys.backup("u1")).isEqualTo("chat:{user:u1}:backup");
    assertThat(DeviceKeyKeys.backupItems("u1")).isEqualTo("chat:{user:u1}:backup-items");
    assertThat(DeviceKeyKeys.backupItemIds("u1")).isEqualTo("chat:{user:u1}:backup-item-ids");
    assertThat(DeviceKeyKeys.sessionDevice("s1")).isEqualTo("chat:{session:s1}:device");
  }

  @Test
  void sessionKeyHasTheSessionsTag() {
    assertThat(RedisKeys.sessionInfo("s1")).isEqualTo("chat:{session:s1}:info");
  }

  @Test
  void fileKeysHaveTheTagOfWhatTheyIndex() {
    assertThat(FileKeys.fileRoom("f_1")).isEqualTo("chat:{file:f_1}:room");
    assertThat(FileKeys.userFileBytes("u1")).isEqualTo("chat:{user:u1}:file-bytes");
    assertThat(FileKeys.blobRefs("ab12")).isEqualTo("chat:{blob:ab12}:refs");
    assertThat(FileKeys.blobRemoving("ab12")).isEqualTo("chat:{blob:ab12}:removing");
    assertThat(FileKeys.unsentFiles()).isEqualTo("chat:{files}:unsent");
  }

  @Test
  void moderationKeysShareTheRoomsTag() {
    assertThat(ModerationKeys.bans("r1")).isEqualTo("chat:{room:r1}:bans");
    assertThat(ModerationKeys.mutes("r1")).isEqualTo("chat:{room:r1}:mutes");
    assertThat(ModerationKeys.slowMode("r1")).isEqualTo("chat:{room:r1}:slowmode");
    assertThat(ModerationKeys.posts("r1")).isEqualTo("chat:{room:r1}:posts");
  }

  @Test
  void roomKeysShareTheRoomsTag() {
    assertThat(RedisKeys.roomInfo("r1")).isEqualTo("chat:{room:r1}:info");
    assertThat(RedisKeys.roomMembers("r1")).isEqualTo("chat:{room:r1}:members");
    assertThat(RedisKeys.roomLog("r1")).isEqualTo("chat:{room:r1}:log");
    assertThat(RedisKeys.roomMessageIds("r1")).isEqualTo("chat:{room:r1}:msgids");
    assertThat(RedisKeys.roomSeq("r1")).isEqualTo("chat:{room:r1}:seq");
    assertThat(RedisKeys.roomContents("r1")).isEqualTo("chat:{room:r1}:contents");
    assertThat(RedisKeys.attachmentsField("1700000000000-0"))
        .isEqualTo("1700000000000-0:attachments");
    assertThat(RedisKeys.roomLogRewrite("r1")).isEqualTo("chat:{room:r1}:log-rewrite");
    assertThat(RedisKeys.roomPins("r1")).isEqualTo("chat:{room:r1}:pinned");
    assertThat(FileKeys.roomFile("r1", "f_1")).isEqualTo("chat:{room:r1}:file:f_1");
    assertThat(RedisKeys.messageState("r1", "5-0")).isEqualTo("chat:{room:r1}:m:5-0");
    assertThat(RedisKeys.roomChangeSeq("r1")).isEqualTo("chat:{room:r1}:changeseq");
    assertThat(RedisKeys.roomChanges("r1")).isEqualTo("chat:{room:r1}:changes");
    assertThat(RedisKeys.roomSenderMessages("r1", "u1")).isEqualTo("chat:{room:r1}:from:u1");
    assertThat(RedisKeys.roomReadCursors("r1")).isEqualTo("chat:{room:r1}:read");
    assertThat(RedisKeys.roomReadOrder("r1")).isEqualTo("chat:{room:r1}:read-order");
    assertThat(RedisKeys.roomReadEntries("r1")).isEqualTo("chat:{room:r1}:read-entries");
    assertThat(RedisKeys.roomWordMessages("r1", "lunch")).isEqualTo("chat:{room:r1}:w:lunch");
    assertThat(RedisKeys.roomWords("r1")).isEqualTo("chat:{room:r1}:words");
    assertThat(RedisKeys.roomFileKindMessages("r1", FileKind.FILE))
        .isEqualTo("chat:{room:r1}:has:file");
    assertThat(RedisKeys.roomFileKindMessages("r1", FileKind.IMAGE))
        .isEqualTo("chat:{room:r1}:has:image");
  }

  @Test
  void mentionAndThreadKeysShareTheRoomsTag() {
    assertThat(MentionKeys.roomMentionsOf("r1", "u1")).isEqualTo("chat:{room:r1}:mentions:u1");
    assertThat(MentionKeys.roomWideMentions("r1")).isEqualTo("chat:{room:r1}:mentions-room");
    assertThat(MentionKeys.roomWideMentionsFrom("r1", "u1"))
        .isEqualTo("chat:{room:r1}:mentions-room-from:u1");
    assertThat(RedisKeys.threadReplies("r1", "5-0")).isEqualTo("chat:{room:r1}:thread:5-0");
    assertThat(RedisKeys.threadParticipants("r1", "5-0"))
        .isEqualTo("chat:{room:r1}:thread-people:5-0");
    assertThat(RedisKeys.roomThreadOnly("r1")).isEqualTo("chat:{room:r1}:thread-only");
    assertThat(RedisKeys.roomThreadOnlyFrom("r1", "u1"))
        .isEqualTo("chat:{room:r1}:thread-only-from:u1");
  }

  @Test
  void directoryPairSecretAndChannel() {
    assertThat(RedisKeys.publicRooms()).isEqualTo("chat:{rooms}:public");
    assertThat(RedisKeys.directRoom("u1|u2")).isEqualTo("chat:{pair:u1|u2}:direct");
    assertThat(RedisKeys.secret("jwt")).isEqualTo("chat:{secret:jwt}:value");
    assertThat(RedisKeys.nodeSockets("n_1")).isEqualTo("chat:{node:n_1}:sockets");
    assertThat(RedisKeys.liveNodes()).isEqualTo("chat:{presence}:nodes");
    assertThat(RedisKeys.onlineFilter(42)).isEqualTo("chat:{presence}:online:42");
    assertThat(RedisKeys.EVENTS).isEqualTo("chat:events");
    assertThat(RedisKeys.CONTROL).isEqualTo("chat:events:control");
    assertThat(RedisKeys.WRITE_PROBE).isEqualTo("chat:readiness");
  }

  @Test
  void sentMessageFieldPrefixesTheSenderWithItsLength() {
    assertThat(RedisKeys.sentMessageField("u1", "c1")).isEqualTo("2:u1:c1");
    assertThat(RedisKeys.sentMessageField("u1:c", "1"))
        .isNotEqualTo(RedisKeys.sentMessageField("u1", "c:1"));
  }

  @Test
  void nameEntriesFoldTheNameAndEndWithTheId() {
    String entry = NameEntries.nameEntry("Ärger Team", "r1");

    assertThat(entry).isEqualTo("ärger team\0r1");
    assertThat(NameEntries.nameOfNameEntry(entry)).isEqualTo("ärger team");
    assertThat(NameEntries.idOfNameEntry(entry)).isEqualTo("r1");
  }

  @Test
  void prefixRangeRunsFromThePrefixToThePrefixAndByteFf() {
    byte[][] range = NameEntries.prefixRange("Al");

    assertThat(new String(range[0], StandardCharsets.UTF_8)).isEqualTo("[al");
    assertThat(Arrays.copyOf(range[1], 3)).isEqualTo("[al".getBytes(StandardCharsets.UTF_8));
    assertThat(range[1]).hasSize(4);
    assertThat(range[1][3]).isEqualTo((byte) 0xFF);
  }
}
