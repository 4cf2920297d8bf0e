package chat.server.auth;

import chat.server.store.SecretStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The two signing secrets: from the environment when given, else generated once (384 random bits
 * each) and kept by the store, so tokens survive a restart and every node shares them.
 */
public record JwtSecrets(String access, String refresh) {

  private static final int RANDOM_BYTES = 48;
  private static final SecureRandom RANDOM = new SecureRandom();

  public static JwtSecrets resolve(
      Optional<String> access, Optional<String> refresh, SecretStore store) {
    return new JwtSecrets(
        access.orElseGet(() -> store.getOrCreate("jwt.access", JwtSecrets::generate)),
        refresh.orElseGet(() -> store.getOrCreate("jwt.refresh", JwtSecrets::generate)));
  }

  private static String generate() {
    byte[] bytes = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public String toString() {
    return "JwtSecrets[hidden]";
  }
}
