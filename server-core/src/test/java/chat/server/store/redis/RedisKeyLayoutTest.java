package chat.server.store.redis;

import static chat.protocol.model.RoomVisibility.DIRECT;
import static chat.protocol.model.RoomVisibility.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.http.AuditEntry;
import chat.protocol.http.Invite;
import chat.protocol.model.AuditAction;
import chat.protocol.model.RegistrationMode;
import chat.protocol.model.Room;
import chat.protocol.model.ServerRole;
import chat.protocol.search.SearchTerm;
import chat.server.store.FileKind;
import chat.server.store.FileRecord;
import chat.server.store.MemberRole;
import chat.server.store.MessageQuery;
import chat.server.store.NewMessage;
import chat.server.store.RoomBan;
import chat.server.store.SecondFactorChallenge;
import chat.server.store.Session;
import chat.server.store.UserAccount;
import chat.server.support.RedisServerExtension;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The keys actually written, after a scenario that uses every port: each has one hash tag, and a
 * room's keys all share the room's, so the adapter's atomic steps can run on Redis Cluster.
 */
class RedisKeyLayoutTest {

  @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();

  private static final Pattern TAGGED = Pattern.compile("chat:\\{([^{}]+)\\}:[a-z-]+(:.+)?");

  private static void useEveryPort(RedisStorage storage) {
    storage.users().insert(new UserAccount("u1", "alice", "hash", 1_000, 0));
    storage.users().insert(new UserAccount("u2", "bob", "hash", 1_000, 0));
    storage.sessions().insert(new Session("s1", "u1", 1_000, 1_000, "test", "t1", 9_000, 0));
    storage.sessions().rotate("s1", "t1", "t2", 2_000, 10_000);
    storage.rooms().create(new Room("r1", "Team", PUBLIC, "u1", 1_000, 0), List.of("u2"));
    storage.rooms().removeMember("r1", "u2");
    storage.rooms().addMember("r1", "u2", MemberRole.MEMBER);
    storage
        .rooms()
        .openDirect(
            "u1|u2", new Room("d1", "alice, bob", DIRECT, "u1", 1_000, 0), List.of("u1", "u2"));
    storage
        .files()
        .insert(
            new FileRecord("f1", "r1", "u1", "a.txt", 3, "text/plain", "ab12", 5_000, null, null));
    storage
        .messages()
        .append(new NewMessage("r1", "u1", "alice", "", "c0", 5_000).attaching(List.of("f1")));
    for (String clientMsgId : List.of("c1", "c2", "c1")) {
      storage.messages().append(new NewMessage("r1", "u1", "alice", "hi", clientMsgId, 5_000));
    }
    String newest = storage.messages().latest("r1").orElseThrow().messageId();
    storage.readCursors().advance("r1", "u2", newest);
    storage.messageChanges().addReaction("r1", newest, "u2", "👍");
    storage.messageChanges().pin("r1", newest, "u1", 6_000);
    storage.readCursors().unreadCounts("u2", List.of("r1", "d1"));
    storage
        .search()
        .search(
            new MessageQuery(
                List.of(new SearchTerm(List.of("h"), true)),
                Set.of("r1"),
                Set.of(),
                0,
                9_000,
                null,
                5));
    storage.secrets().getOrCreate("jwt", () -> "secret");
    storage.users().updateRole("u2", ServerRole.ADMIN);
    storage.users().updateDeactivated("u2", true);
    storage.ports().registration().setMode(RegistrationMode.INVITE);
    storage.ports().registration().insertInvite(new Invite("i1", "u1", 1_000, 9_000, 1, 0));
    storage.ports().registration().useInvite("i1", 2_000);
    storage
        .ports()
        .audit()
        .append(new AuditEntry(0, 2_000, AuditAction.INVITE_CREATED, "u1", "i1", null, "::1"));
    storage.users().resetPassword("u1", "temporary-hash");
    storage.ports().twoFactor().setRequired(true);
    storage.ports().twoFactor().savePending("u1", "SECRET");
    storage.ports().twoFactor().enable("u1", "SECRET", 7, List.of("h1", "h2"));
    storage.ports().twoFactor().putChallenge("ab", new SecondFactorChallenge("u1", false, 9_000));
    storage.files().reserveBytes("u1", 3, 100);
    storage.files().claimBlob("ab12");
    storage.ports().moderation().setSlowMode("r1", 10);
    storage.ports().moderation().claimPost("r1", "u2", "c9", 5_000);
    storage.ports().moderation().ban("r1", new RoomBan("u2", "u1", 1_000, null));
    storage.ports().moderation().mute("r1", "u2", 9_000);
    storage // never sent: listed among the uploads the sweep looks at
        .files()
        .insert(
            new FileRecord("f2", "d1", "u1", "b.txt", 3, "text/plain", "ab12", 5_000, null, null));
  }

  private static String tagOf(String key) {
    Matcher matcher = TAGGED.matcher(key);
    assertThat(matcher.matches()).as("key %s has the form chat:{tag}:what", key).isTrue();
    return matcher.group(1);
  }

  @Test
  void everyKeyHasOneHashTagAndARoomsKeysShareTheRoomsTag() {
    try (RedisStorage storage = RedisStorage.open(redis.topology())) {
      useEveryPort(storage);
    }
    String entryId =
        redis
            .call(jedis -> jedis.xrevrange(RedisKeys.roomLog("r1"), "+", "-", 1))
            .getFirst()
            .getID()
            .toString();

    // Less the probes that acknowledged writes leave where they wait for replicas (decision record
    // 0016): not data, though each lies in its write's tag.
    Set<String> keys =
        redis.keys().stream()
            .filter(key -> !key.equals(RedisKeys.ackProbe(key)))
            .collect(Collectors.toSet());
    assertThat(keys).allSatisfy(RedisKeyLayoutTest::tagOf);
    assertThat(keys.stream().filter(key -> key.contains("r1")))
        .containsExactlyInAnyOrder(
            RedisKeys.roomInfo("r1"),
            RedisKeys.roomMembers("r1"),
            ModerationKeys.bans("r1"),
            ModerationKeys.mutes("r1"),
            ModerationKeys.slowMode("r1"),
            ModerationKeys.posts("r1"),
            RedisKeys.roomLog("r1"),
            RedisKeys.roomMessageIds("r1"),
            RedisKeys.roomSeq("r1"),
            RedisKeys.roomSenderMessages("r1", "u1"),
            RedisKeys.roomReadCursors("r1"),
            RedisKeys.roomReadOrder("r1"),
            RedisKeys.roomReadEntries("r1"),
            RedisKeys.roomWords("r1"),
            RedisKeys.roomWordMessages("r1", "hi"),
            RedisKeys.roomWordMessages("r1", "a"),
            RedisKeys.roomWordMessages("r1", "txt"),
            RedisKeys.roomFileKindMessages("r1", FileKind.FILE),
            RedisKeys.roomContents("r1"),
            RedisKeys.roomPins("r1"),
            FileKeys.roomFile("r1", "f1"),
            RedisKeys.roomChangeSeq("r1"),
            RedisKeys.roomChanges("r1"),
            RedisKeys.messageState("r1", entryId))
        .allSatisfy(key -> assertThat(tagOf(key)).isEqualTo("room:r1"));
    assertThat(keys.stream().map(RedisKeyLayoutTest::tagOf).distinct())
        .containsExactlyInAnyOrder(
            "user:u1",
            "user:u2",
            "users",
            "session:s1",
            "room:r1",
            "room:d1",
            "rooms",
            "pair:u1|u2",
            "secret:jwt",
            "file:f1",
            "file:f2",
            "files",
            "blob:ab12",
            "invites",
            "settings",
            "audit");
  }
}
