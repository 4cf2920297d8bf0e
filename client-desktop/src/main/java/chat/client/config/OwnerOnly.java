package chat.client.config;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files and folders only their owner may read: the app's settings, pasted images, cached images.
 * POSIX permissions where the file system has them, else the best {@link File} offers.
 */
public final class OwnerOnly {

  private OwnerOnly() {}

  /** Makes {@code folder} (and its parents) if missing, the folder itself owner-only. */
  public static void folder(Path folder) throws IOException {
    Files.createDirectories(folder);
    restrict(folder, "rwx------");
  }

  /** Creates the empty file {@code file}, owner-only from its first moment where POSIX allows. */
  public static void newFile(Path file) throws IOException {
    if (posix()) {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(file);
      restrict(file, "rw-------");
    }
  }

  /** Takes access to the existing file {@code file} away from everyone but its owner. */
  public static void file(Path file) throws IOException {
    restrict(file, "rw-------");
  }

  private static void restrict(Path path, String permissions) throws IOException {
    if (posix()) {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
      return;
    }
    File file = path.toFile();
    boolean ok =
        file.setReadable(false, false)
            && file.setReadable(true, true)
            && file.setWritable(false, false)
            && file.setWritable(true, true);
    if (!ok) {
      throw new IOException("cannot restrict access to " + path);
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
