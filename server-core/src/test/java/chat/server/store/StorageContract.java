package chat.server.store;

import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every contract suite shares: each test gets a fresh, empty {@link Storage} from the adapter
 * under test, may close and reopen it on the same data, and builds its users and rooms with the
 * helpers here. An adapter passes the contract by subclassing each suite and saying how it opens.
 */
public abstract class StorageContract {

  protected Storage storage;

  /**
   * Opens the adapter under test on this test's own data: empty at the first call of a test, the
   * same data at every later call of that test.
   */
  protected abstract Storage openStorage();

  @BeforeEach
  void openForTest() {
    storage = openStorage();
  }

  @AfterEach
  void closeAfterTest() {
    storage.close();
  }

  /** Closes the storage and opens it again on the same data. */
  protected final void reopen() {
    storage.close();
    storage = openStorage();
  }

  /** Registers a user called {@code name} with the id {@code "u-" + name} in lower case. */
  protected final String user(String name) {
    String userId = "u-" + name.toLowerCase(Locale.ROOT);
    storage.users().insert(new UserAccount(userId, name, "hash-of-" + name, 1_000, 0));
    return userId;
  }

  /** Creates a room owned by {@code ownerId}, created at {@code createdAt}. */
  protected final Room room(
      String roomId,
      String name,
      RoomVisibility visibility,
      long createdAt,
      String ownerId,
      String... memberIds) {
    return storage
        .rooms()
        .create(new Room(roomId, name, visibility, ownerId, createdAt, 0), List.of(memberIds));
  }

  /**
   * Creates private rooms with these ids, each named after its id, created at 1_000, owned by
   * {@code ownerId} and shared with {@code memberId}.
   */
  protected final void sharedPrivateRooms(String ownerId, String memberId, String... roomIds) {
    for (String roomId : roomIds) {
      room(roomId, roomId, RoomVisibility.PRIVATE, 1_000, ownerId, memberId);
    }
  }

  /** Runs {@code task(i)} for i in [0, threads) on that many threads released at once. */
  protected static <T> List<T> concurrently(int threads, IntFunction<T> task) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int index = i;
        futures.add(
            executor.submit(
                () -> {
                  start.await();
                  return task.apply(index);
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(30, TimeUnit.SECONDS));
      }
      return results;
    }
  }
}
