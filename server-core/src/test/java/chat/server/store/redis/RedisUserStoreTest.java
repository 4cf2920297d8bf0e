package chat.server.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.store.Storage;
import chat.server.store.UserAccount;
import chat.server.store.UserStoreContract;
import chat.server.support.RedisServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisUserStoreTest extends UserStoreContract {

  @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();

  @Override
  protected Storage openStorage() {
    return RedisStorage.open(redis.topology());
  }

  /** A retry after a lost reply must not undo the registration it repeats. */
  @Test
  void insertingTheSameUserAgainKeepsIt() {
    storage.users().insert(new UserAccount("u1", "alice", "hash", 1_000, 0));
    UserAccount dave = new UserAccount("u9", "Dave", "hash", 1_000, 0);
    storage.users().insert(dave);

    assertThat(storage.users().insert(dave)).isTrue();

    assertThat(storage.users().findByUsername("dave")).contains(dave);
  }

  @Test
  void aTakenNameLeavesNoTraceOfTheRefusedUser() {
    storage.users().insert(new UserAccount("u1", "Dave", "hash", 1_000, 0));

    storage.users().insert(new UserAccount("u2", "DAVE", "hash", 1_000, 0));

    boolean refusedUserStored = redis.call(jedis -> jedis.exists(RedisKeys.userInfo("u2")));
    long namesIndexed = redis.call(jedis -> jedis.zcard(RedisKeys.userNames()));
    assertThat(refusedUserStored).isFalse();
    assertThat(namesIndexed).isEqualTo(1);
  }

  @Test
  void prefixSearchFoldsLettersBeyondAscii() {
    for (String name : new String[] {"Ärger", "ärmel", "Arm"}) {
      storage.users().insert(new UserAccount("u-" + name, name, "hash", 1_000, 0));
    }

    assertThat(storage.users().searchByPrefix("ÄR", 10))
        .extracting(UserAccount::username)
        .containsExactly("Ärger", "ärmel");
  }
}
