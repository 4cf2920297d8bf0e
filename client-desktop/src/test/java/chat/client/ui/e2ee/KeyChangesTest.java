package chat.client.ui.e2ee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Whose security key changed, as the key store says after each look, until accepted. */
class KeyChangesTest {

  private Set<String> changedNow = Set.of();
  private final List<String> accepted = new ArrayList<>();
  private final KeyChanges changes =
      new KeyChanges(
          userIds -> CompletableFuture.completedFuture(changedNow),
          userId -> {
            accepted.add(userId);
            changedNow = Set.of();
            return CompletableFuture.completedFuture(null);
          });

  @Test
  void eachLookShowsExactlyTheUsersWhoseKeyChanged() {
    changedNow = Set.of("u-bob", "u-carol");
    changes.check(List.of("u-bob"));
    changedNow = Set.of("u-carol");
    changes.check(List.of());

    assertThat(changes.changed()).containsExactly("u-carol");
  }

  @Test
  void acceptingANewKeyTrustsItAndTakesTheUserOff() {
    changedNow = Set.of("u-bob");
    changes.check(List.of("u-bob"));

    changes.accept("u-bob").join();

    assertThat(accepted).containsExactly("u-bob");
    assertThat(changes.changed()).isEmpty();
  }

  @Test
  void theWarningNamesThePersonTwice() {
    assertThat(KeyChanges.warning("Bob"))
        .isEqualTo(
            "Bob's security key changed. Messages to Bob are held until you accept the new key.");
  }
}
