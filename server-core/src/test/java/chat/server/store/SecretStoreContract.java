package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link SecretStore} must do. */
public abstract class SecretStoreContract extends StorageContract {

  private SecretStore secrets() {
    return storage.secrets();
  }

  private static String neverCalled() {
    return fail("the secret should already exist");
  }

  @Test
  void aSecretIsGeneratedOnceAndThenKept() {
    assertThat(secrets().getOrCreate("jwt", () -> "first")).isEqualTo("first");

    assertThat(secrets().getOrCreate("jwt", SecretStoreContract::neverCalled)).isEqualTo("first");
  }

  @Test
  void eachNameHasItsOwnSecret() {
    secrets().getOrCreate("jwt", () -> "one");
    secrets().getOrCreate("cookie", () -> "two");

    assertThat(secrets().getOrCreate("jwt", SecretStoreContract::neverCalled)).isEqualTo("one");
    assertThat(secrets().getOrCreate("cookie", SecretStoreContract::neverCalled)).isEqualTo("two");
  }

  @Test
  void concurrentFirstCallersAllGetTheSameValue() throws Exception {
    List<String> values =
        concurrently(8, i -> secrets().getOrCreate("jwt", () -> UUID.randomUUID().toString()));

    assertThat(values).containsOnly(values.getFirst());
  }

  @Test
  void secretsSurviveReopening() {
    secrets().getOrCreate("jwt", () -> "kept = across restarts: ü");

    reopen();

    assertThat(secrets().getOrCreate("jwt", SecretStoreContract::neverCalled))
        .isEqualTo("kept = across restarts: ü");
  }
}
