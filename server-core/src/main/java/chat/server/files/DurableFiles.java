package chat.server.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a whole file so that a crash leaves the old file or the new one, never half of one: a
 * temporary file beside it, created with the final permissions (a secret is never readable by
 * others, even for a moment), synced, then moved over the old one atomically, and the folder synced
 * so that the move itself survives a crash. The server's secrets, its generated TLS key and
 * certificate, and the blobs of the directory blob store are written this way, unless a blob can be
 * {@linkplain #link linked} to its finished file instead.
 */
public final class DurableFiles {

  private DurableFiles() {}

  /** Who may read the file, where the file system has POSIX permissions. */
  public enum Access {
    /** Mode 0600. */
    OWNER_ONLY("rw-------"),
    /** Mode 0644. */
    EVERYONE_READS("rw-r--r--");

    private final String permissions;

    Access(String permissions) {
      this.permissions = permissions;
    }
  }

  /** Replaces {@code file} with {@code content} in UTF-8. */
  public static void write(Path file, String content, Access access) throws IOException {
    replace(file, access, channel -> channel.write(StandardCharsets.UTF_8.encode(content)));
  }

  /** Replaces {@code file} with a copy of {@code source}'s bytes. */
  public static void copy(Path source, Path file, Access access) throws IOException {
    replace(
        file,
        access,
        channel -> {
          try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
            long size = in.size();
            for (long done = 0; done < size; ) {
              done += in.transferTo(done, size - done, channel);
            }
          }
        });
  }

  /**
   * Gives {@code source}'s bytes the name {@code file} too, without copying them: {@code source} is
   * made {@code access} and synced, then hard-linked as {@code file} (which appears whole or not at
   * all, as a link is made at once), and the folder synced. The two names then share one file, so
   * {@code source} must never be written again, only deleted.
   *
   * @return false, with nothing done, when the file system cannot link {@code source} there
   *     (another file system, or one without hard links): the caller copies instead
   * @throws java.nio.file.FileAlreadyExistsException when {@code file} exists
   */
  public static boolean link(Path source, Path file, Access access) throws IOException {
    if (source.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(source, PosixFilePermissions.fromString(access.permissions));
    }
    try (FileChannel channel = FileChannel.open(source, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    try {
      Files.createLink(file, source);
    } catch (FileAlreadyExistsException exists) {
      throw exists;
    } catch (UnsupportedOperationException | FileSystemException cannot) {
      return false;
    }
    syncFolder(file.getParent());
    return true;
  }

  /** Writes the new content of a file, given the channel of its temporary twin. */
  @FunctionalInterface
  private interface Content {
    void writeTo(FileChannel channel) throws IOException;
  }

  private static void replace(Path file, Access access, Content content) throws IOException {
    boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
    FileAttribute<?>[] attributes =
        posix
            ? new FileAttribute<?>[] {
              PosixFilePermissions.asFileAttribute(
                  PosixFilePermissions.fromString(access.permissions))
            }
            : new FileAttribute<?>[0];
    Path temp =
        Files.createTempFile(file.getParent(), "." + file.getFileName() + "-", ".tmp", attributes);
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        content.writeTo(channel);
        channel.force(true);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      syncFolder(file.getParent());
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Makes a folder's entries durable: the rename of a file into it, or a folder created in it. Only
   * where the file system has POSIX semantics: elsewhere (Windows) a folder cannot be opened to be
   * synced, and its entries are made durable with their metadata.
   */
  public static void syncFolder(Path folder) throws IOException {
    if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
        channel.force(true);
      }
    }
  }
}
