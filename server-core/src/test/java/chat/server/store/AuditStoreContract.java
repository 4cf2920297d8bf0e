package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.http.AuditEntry;
import chat.protocol.model.AuditAction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link AuditStore} must do. */
public abstract class AuditStoreContract extends StorageContract {

  private AuditStore audit() {
    return storage.ports().audit();
  }

  private AuditEntry append(long at, String target) {
    return audit()
        .append(
            new AuditEntry(
                0, at, AuditAction.ACCOUNT_DEACTIVATED, "u-admin", target, null, "10.0.0.7"));
  }

  private List<String> targets(long before, int limit) {
    return audit().page(before, limit).stream().map(AuditEntry::target).toList();
  }

  @Test
  void entriesGetIncreasingIdsAndArePagedNewestFirstAndSurviveReopening() {
    AuditEntry first = append(1_000, "u-a");
    AuditEntry second = append(1_000, "u-b");
    AuditEntry third = append(2_000, "u-c");
    reopen();

    assertThat(second.id()).isGreaterThan(first.id());
    assertThat(third.id()).isGreaterThan(second.id());
    assertThat(targets(Long.MAX_VALUE, 10)).containsExactly("u-c", "u-b", "u-a");
    assertThat(targets(Long.MAX_VALUE, 2)).containsExactly("u-c", "u-b");
    assertThat(targets(second.id(), 2)).containsExactly("u-a");
    assertThat(targets(first.id(), 2)).isEmpty();
    assertThat(audit().page(Long.MAX_VALUE, 1)).containsExactly(third);
  }

  @Test
  void everyFieldIsKeptAndAbsentOnesStayAbsent() {
    AuditEntry burst =
        audit()
            .append(new AuditEntry(0, 5_000, AuditAction.SIGN_IN_BURST, null, null, null, "::1"));
    AuditEntry full =
        audit()
            .append(
                new AuditEntry(
                    0, 6_000, AuditAction.ROLE_CHANGED, "u-owner", "u-bob", "admin", "10.0.0.1"));

    assertThat(audit().page(Long.MAX_VALUE, 10)).containsExactly(full, burst);
    assertThat(full)
        .isEqualTo(
            new AuditEntry(
                full.id(),
                6_000,
                AuditAction.ROLE_CHANGED,
                "u-owner",
                "u-bob",
                "admin",
                "10.0.0.1"));
  }

  @Test
  void removingOldEntriesKeepsTheRecentOnesAndIdsKeepGrowing() {
    for (int i = 0; i < 250; i++) {
      append(1_000 + i, "old" + i);
    }
    AuditEntry recent = append(10_000, "recent");

    assertThat(audit().removeOlderThan(10_000)).isEqualTo(250);
    AuditEntry later = append(11_000, "later");

    assertThat(targets(Long.MAX_VALUE, 10)).containsExactly("later", "recent");
    assertThat(later.id()).isGreaterThan(recent.id());
    assertThat(audit().removeOlderThan(10_000)).isZero();
  }
}
