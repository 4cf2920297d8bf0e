package chat.client.crypto.store;

import chat.client.config.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * A store key kept in an owner-only file, where the desktop offers no secret service. It protects
 * the store against other users of the machine and against backups that copy the store but skip the
 * key file, not against someone who has the whole disk.
 */
final class KeyFile {

  static final int KEY_LENGTH = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private KeyFile() {}

  /** The key in {@code file}, made of 32 random bytes (owner-only) if the file is missing. */
  static byte[] readOrCreate(Path file) throws IOException {
    if (Files.exists(file)) {
      byte[] key = Files.readAllBytes(file);
      if (key.length != KEY_LENGTH) {
        throw new UnreadableStoreFileException(
            "the store key " + file + " is " + key.length + " bytes, not " + KEY_LENGTH);
      }
      return key;
    }
    byte[] key = new byte[KEY_LENGTH];
    RANDOM.nextBytes(key);
    Files.createDirectories(file.getParent());
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(temp);
    OwnerOnly.newFile(temp);
    Files.write(temp, key);
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    return key;
  }
}
