package chat.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.http.AuditEntry;
import chat.protocol.model.AuditAction;
import chat.server.store.Storage;
import chat.server.store.UserAccount;
import chat.server.store.embedded.EmbeddedStorage;
import chat.server.support.MovableClock;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log's retention, on a clock the test moves, over a real embedded store. */
class AuditLogTest {

  private static final Duration RETENTION = Duration.ofDays(90);

  @TempDir Path dataDir;
  private final MovableClock clock = new MovableClock();
  private final AuthenticatedUser owner = new AuthenticatedUser("u_owner", "owner", "s_1");
  private Storage storage;
  private AuditLog audit;

  @BeforeEach
  void open() {
    storage = EmbeddedStorage.open(dataDir);
    storage.users().insert(new UserAccount("u_owner", "owner", "hash", 1, 0));
    audit = new AuditLog(storage.ports().audit(), storage.users(), RETENTION, clock);
  }

  @AfterEach
  void close() {
    storage.close();
  }

  private AuditEntry record(String target) {
    return audit.record(AuditAction.ACCOUNT_DEACTIVATED, "u_owner", target, null, "10.0.0.1");
  }

  @Test
  void entriesOlderThanTheRetentionAreRemovedByALaterWrite() {
    record("u_old");
    clock.advance(RETENTION.minusDays(1));
    record("u_recent");
    clock.advance(Duration.ofDays(2));

    record("u_new");

    assertThat(audit.page(owner, null, null).entries())
        .extracting(AuditEntry::target)
        .containsExactly("u_new", "u_recent");
  }

  @Test
  void pruningRunsAtMostOnceAnHourSoAnEntryMayOutliveItsTimeByThatMuch() {
    record("u_first");
    clock.advance(RETENTION.minusMinutes(10));
    record("u_second");
    clock.advance(Duration.ofMinutes(20));

    record("u_third");
    assertThat(audit.page(owner, null, null).entries()).hasSize(3);

    clock.advance(Duration.ofMinutes(41));
    record("u_fourth");
    assertThat(audit.page(owner, null, null).entries())
        .extracting(AuditEntry::target)
        .containsExactly("u_fourth", "u_third", "u_second");
  }

  @Test
  void anEntryTellsTheTimeOfTheClock() {
    clock.advance(Duration.ofMinutes(5));

    AuditEntry entry = record("u_someone");

    assertThat(entry.at()).isEqualTo(clock.millis());
    assertThat(audit.page(owner, null, "1").entries()).containsExactly(entry);
  }
}
