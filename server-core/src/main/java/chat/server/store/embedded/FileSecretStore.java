package chat.server.store.embedded;

import chat.server.files.DurableFiles;
import chat.server.store.SecretStore;
import chat.server.store.StoreException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Secrets in a properties file that only the owner may read or write (mode 0600 where the file
 * system has POSIX permissions). The file is read once when opened (this process owns its data
 * directory) and every change rewrites it whole with {@link DurableFiles}, so the secrets are never
 * readable by others even for a moment and a crash leaves the old file or the new one.
 */
final class FileSecretStore implements SecretStore {

  private final Path file;

  /** Guards {@link #secrets} and the file, so concurrent first calls generate only once. */
  private final ReentrantLock lock = new ReentrantLock();

  private final Properties secrets;

  private FileSecretStore(Path file, Properties secrets) {
    this.file = file;
    this.secrets = secrets;
  }

  static FileSecretStore open(Path file) {
    Properties secrets = new Properties();
    if (Files.exists(file)) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        secrets.load(reader);
      } catch (IOException e) {
        throw new StoreException("cannot read the secrets file " + file, e);
      }
    }
    return new FileSecretStore(file, secrets);
  }

  @Override
  public String getOrCreate(String name, Supplier<String> generator) {
    lock.lock();
    try {
      String existing = secrets.getProperty(name);
      if (existing != null) {
        return existing;
      }
      String value = Objects.requireNonNull(generator.get(), "the generator returned null");
      Properties updated = new Properties();
      updated.putAll(secrets);
      updated.setProperty(name, value);
      write(updated);
      secrets.setProperty(name, value);
      return value;
    } finally {
      lock.unlock();
    }
  }

  private void write(Properties content) {
    StringWriter text = new StringWriter();
    try {
      content.store(text, "Server secrets: keep this file private");
      DurableFiles.write(file, text.toString(), DurableFiles.Access.OWNER_ONLY);
    } catch (IOException e) {
      throw new StoreException("cannot write the secrets file " + file, e);
    }
  }
}
