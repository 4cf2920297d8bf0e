package chat.server.store.embedded;

import chat.server.store.SecretStore;
import chat.server.store.StoreException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Secrets in a properties file that only the owner may read or write (mode 0600 where the file
 * system has POSIX permissions). The file is read once when opened (this process owns its data
 * directory) and every change rewrites it whole: a temporary file, created with the final
 * permissions so the secrets are never readable by others even for a moment, synced, then moved
 * over the old one atomically, so a crash leaves the old file or the new one, never half of one.
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
    Path temp = null;
    try {
      temp = Files.createTempFile(file.getParent(), ".secrets-", ".tmp", ownerOnly());
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        Writer writer = Channels.newWriter(channel, StandardCharsets.UTF_8);
        content.store(writer, "Server secrets: keep this file private");
        writer.flush();
        channel.force(true);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      StoreException failure = new StoreException("cannot write the secrets file " + file, e);
      deleteQuietly(temp, failure);
      throw failure;
    }
  }

  private FileAttribute<?>[] ownerOnly() {
    boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
    return posix
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        }
        : new FileAttribute<?>[0];
  }

  private static void deleteQuietly(Path temp, StoreException failure) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
