package chat.server.store;

import java.util.function.Supplier;

/** Server secrets that every node must share, generated once and then kept. */
public interface SecretStore {

  /**
   * Returns the secret stored under {@code name}, first storing {@code generator}'s value if there
   * is none. Concurrent callers all get the same value.
   */
  String getOrCreate(String name, Supplier<String> generator);
}
