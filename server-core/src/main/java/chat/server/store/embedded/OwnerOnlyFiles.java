package chat.server.store.embedded;

import chat.server.store.StoreException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps the data directory to its owner: messages, sessions and password hashes are nobody else's
 * business on a shared machine. The directory is created 0700; the database file is created 0600
 * before SQLite opens it, because SQLite creates a new file 0644 (less the umask) and gives its
 * {@code -wal} and {@code -shm} files the database file's own mode; files an older server left
 * readable to others are tightened at every start.
 */
final class OwnerOnlyFiles {

  private static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");

  private OwnerOnlyFiles() {}

  /**
   * Creates {@code dataDir} (0700) if it is missing, and the empty database file {@code database}
   * (0600) in it if that is missing, and makes every regular file directly in {@code dataDir} 0600.
   * On a file system without POSIX permissions this only creates what is missing.
   */
  static void prepare(Path dataDir, Path database) {
    boolean posix = supportsPosix(dataDir);
    try {
      if (!Files.isDirectory(dataDir)) {
        Files.createDirectories(dataDir, attributes(posix, OWNER_ONLY_DIRECTORY));
      }
      try {
        Files.createFile(database, attributes(posix, OWNER_ONLY_FILE));
      } catch (FileAlreadyExistsException alreadyThere) {
        // An existing database: tightened below with everything else.
      }
      if (posix) {
        try (Stream<Path> files = Files.list(dataDir)) {
          for (Path file : files.filter(Files::isRegularFile).toList()) {
            Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
          }
        }
      }
    } catch (IOException e) {
      throw new StoreException("cannot prepare the data directory " + dataDir, e);
    }
  }

  private static FileAttribute<?>[] attributes(boolean posix, Set<PosixFilePermission> mode) {
    return posix
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(mode)}
        : new FileAttribute<?>[0];
  }

  /** Whether the nearest existing ancestor of {@code path} lives on a POSIX file system. */
  private static boolean supportsPosix(Path path) {
    Path existing = path.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    try {
      return existing != null && Files.getFileStore(existing).supportsFileAttributeView("posix");
    } catch (IOException e) {
      return false;
    }
  }
}
