package chat.server.store.redis;

import static chat.protocol.model.RoomVisibility.DIRECT;
import static chat.protocol.model.RoomVisibility.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Room;
import chat.server.store.MemberRole;
import chat.server.store.RoomStoreContract;
import chat.server.store.Storage;
import chat.server.support.RedisServerExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisRoomStoreTest extends RoomStoreContract {

  @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();

  @Override
  protected Storage openStorage() {
    return RedisStorage.open(redis.topology());
  }

  /** What a node dying between an index write and the write of what it points to leaves. */
  @Test
  void indexEntriesWithoutTheirRoomOrMembershipAreSkipped() {
    String dave = user("dave");
    room("r1", "Visible", PUBLIC, 1_000, dave);
    room("r2", "Not daves", PUBLIC, 1_000, user("erin"));
    redis.call(
        jedis -> {
          jedis.zadd(RedisKeys.userRooms(dave), 1_500, "ghost");
          jedis.zadd(RedisKeys.userRooms(dave), 1_600, "r2");
          return jedis.zadd(RedisKeys.publicRooms(), 0, NameEntries.nameEntry("Aardvark", "ghost"));
        });

    assertThat(storage.rooms().roomsOf(dave)).extracting(Room::roomId).containsExactly("r1");
    assertThat(storage.rooms().publicRooms("", 2))
        .extracting(Room::roomId)
        .containsExactly("r2", "r1");
  }

  @Test
  void aPairKeyClaimedByACallerThatDiedStillYieldsTheRoom() {
    String dave = user("dave");
    String erin = user("erin");
    redis.call(jedis -> jedis.set(RedisKeys.directRoom("dave|erin"), "d-claimed"));

    Room opened =
        storage
            .rooms()
            .openDirect(
                "dave|erin",
                new Room("d-mine", "dave, erin", DIRECT, dave, 1_000, 0),
                List.of(dave, erin));

    assertThat(opened).isEqualTo(new Room("d-claimed", "dave, erin", DIRECT, dave, 1_000, 2));
    assertThat(storage.rooms().roomsOf(erin)).containsExactly(opened);
  }

  /**
   * Every membership must keep its index entry, whatever the interleaving of joins and leaves;
   * checked once each round has settled.
   */
  @Test
  void joinsAndLeavesRacingLeaveEveryMembershipInTheUsersIndex() throws Exception {
    String dave = user("dave");
    room("r1", "Busy", PUBLIC, 1_000, user("erin"));

    for (int round = 0; round < 20; round++) {
      concurrently(
          8,
          thread -> {
            for (int i = 0; i < 4; i++) {
              if ((thread + i) % 2 == 0) {
                storage.rooms().addMember("r1", dave, MemberRole.MEMBER);
              } else {
                storage.rooms().removeMember("r1", dave);
              }
            }
            return null;
          });

      List<String> expected = storage.rooms().isMember("r1", dave) ? List.of("r1") : List.of();
      assertThat(storage.rooms().roomsOf(dave)).extracting(Room::roomId).isEqualTo(expected);
    }
  }
}
