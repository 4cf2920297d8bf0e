package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link PresenceStore} must do on one node; multi-node rules are adapter tests. */
public abstract class PresenceStoreContract extends StorageContract {

  private PresenceStore presence() {
    return storage.presence();
  }

  @Test
  void aUserIsOnlineWhileAnyOfTheirSocketsIsOpen() {
    presence().socketOpened("u-ann");
    presence().socketOpened("u-ann");

    assertThat(presence().socketClosed("u-ann")).isFalse();
    assertThat(presence().onlineAmong(List.of("u-ann"))).containsExactly("u-ann");
    assertThat(presence().socketClosed("u-ann")).isTrue();
    assertThat(presence().onlineAmong(List.of("u-ann"))).isEmpty();
  }

  @Test
  void onlineAmongAnswersForTheAskedUsersOnly() {
    presence().socketOpened("u-ann");
    presence().socketOpened("u-bob");

    assertThat(presence().onlineAmong(List.of("u-ann", "u-cid"))).containsExactly("u-ann");
    assertThat(presence().onlineAmong(List.of())).isEmpty();
  }

  @Test
  void closingASocketThatWasNeverOpenedLeavesTheUserOffline() {
    assertThat(presence().socketClosed("u-ghost")).isTrue();
    assertThat(presence().onlineAmong(List.of("u-ghost"))).isEmpty();
  }

  @Test
  void aHeartbeatKeepsThisNodesUsersOnline() {
    presence().socketOpened("u-ann");

    presence().heartbeat();

    assertThat(presence().onlineAmong(List.of("u-ann"))).containsExactly("u-ann");
  }
}
