package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SessionStore} must do. */
public abstract class SessionStoreContract extends StorageContract {

  private static final long NOW = 100_000;
  private static final long LATER = NOW + 60_000;

  private String alice;

  @BeforeEach
  void registerAlice() {
    alice = user("alice");
  }

  private SessionStore sessions() {
    return storage.sessions();
  }

  /** Inserts a live session of alice's, created at {@code createdAt}, valid until LATER. */
  private Session login(String sessionId, long createdAt) {
    Session session = new Session(sessionId, alice, createdAt, createdAt, "test", "t1", LATER, 0);
    sessions().insert(session);
    return session;
  }

  private String tokenOf(String sessionId) {
    return sessions().find(sessionId).orElseThrow().refreshTokenId();
  }

  @Test
  void insertedSessionIsFound() {
    Session session = login("s1", NOW);

    assertThat(sessions().find("s1")).contains(session);
    assertThat(sessions().find("unknown")).isEmpty();
  }

  @Test
  void rotationSucceedsOnceThenFailsForTheStaleTokenId() {
    login("s1", NOW);

    assertThat(sessions().rotate("s1", "t1", "t2", NOW + 1, LATER + 1)).isTrue();
    assertThat(sessions().rotate("s1", "t1", "t3", NOW + 2, LATER + 2)).isFalse();

    Session rotated = sessions().find("s1").orElseThrow();
    assertThat(rotated.refreshTokenId()).isEqualTo("t2");
    assertThat(rotated.lastUsedAt()).isEqualTo(NOW + 1);
    assertThat(rotated.expiresAt()).isEqualTo(LATER + 1);
    assertThat(sessions().rotate("s1", "t2", "t3", NOW + 3, LATER + 3)).isTrue();
  }

  @Test
  void revokedSessionCannotBeRotated() {
    login("s1", NOW);
    sessions().revoke("s1", NOW + 1);

    assertThat(sessions().rotate("s1", "t1", "t2", NOW + 2, LATER)).isFalse();
    assertThat(tokenOf("s1")).isEqualTo("t1");
  }

  @Test
  void expiredSessionCannotBeRotated() {
    login("s1", NOW);

    assertThat(sessions().rotate("s1", "t1", "t2", LATER, LATER + 60_000)).isFalse();
    assertThat(tokenOf("s1")).isEqualTo("t1");
  }

  @Test
  void unknownSessionCannotBeRotatedOrRevoked() {
    assertThat(sessions().rotate("unknown", "t1", "t2", NOW, LATER)).isFalse();
    assertThat(sessions().revoke("unknown", NOW)).isFalse();
  }

  @Test
  void revokingIsTrueOnlyTheFirstTime() {
    login("s1", NOW);

    assertThat(sessions().revoke("s1", NOW + 1)).isTrue();
    assertThat(sessions().revoke("s1", NOW + 2)).isFalse();

    Session revoked = sessions().find("s1").orElseThrow();
    assertThat(revoked.revokedAt()).isEqualTo(NOW + 1);
    assertThat(revoked.isLive(NOW + 3)).isFalse();
  }

  @Test
  void liveSessionsLeaveOutRevokedAndExpiredOnesNewestFirst() {
    login("older", NOW - 2_000);
    login("newer", NOW - 1_000);
    login("revoked", NOW - 500);
    sessions().revoke("revoked", NOW - 100);
    sessions()
        .insert(new Session("expired", alice, NOW - 3_000, NOW - 3_000, "test", "t1", NOW, 0));
    String bob = user("bob");
    sessions().insert(new Session("bobs", bob, NOW, NOW, "test", "t1", LATER, 0));

    List<Session> live = sessions().listLive(alice, NOW);

    assertThat(live).extracting(Session::sessionId).containsExactly("newer", "older");
  }

  @Test
  void concurrentRotationsOfOneTokenIdHaveExactlyOneWinner() throws Exception {
    login("s1", NOW);

    List<Boolean> won =
        concurrently(8, i -> sessions().rotate("s1", "t1", "new-" + i, NOW + 1, LATER));

    assertThat(won).containsOnlyOnce(true);
    assertThat(tokenOf("s1")).isEqualTo("new-" + won.indexOf(true));
  }

  @Test
  void sessionsSurviveReopening() {
    Session session = login("s1", NOW);
    sessions().rotate("s1", "t1", "t2", NOW + 1, LATER);

    reopen();

    assertThat(sessions().find("s1")).map(Session::refreshTokenId).contains("t2");
    assertThat(sessions().find("s1")).map(Session::createdAt).contains(session.createdAt());
  }
}
