package chat.server.store.blob;

import chat.server.files.DurableFiles;
import chat.server.files.DurableFiles.Access;
import chat.server.store.BlobKey;
import chat.server.store.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Blobs as files in a directory of the data dir, the default and what a server hosted from the app
 * uses: {@code <root>/<first two characters of the key>/<key>}, so no folder holds more than a
 * 256th of them. Files and folders are the owner's only. A blob on the same file system as the file
 * it is put from (the upload spool in the data dir, by default) is that file, synced and linked
 * into its place, never copied: a 100 MiB upload then costs no second 100 MiB of writes. Otherwise
 * it is written beside its place under a dot name (never a key) and renamed into it once synced;
 * either way a crash leaves no half blob. The dot files a crash leaves behind are removed on a
 * later start, once an hour old.
 */
public final class DirectoryBlobStore implements BlobStore {

  private static final String OWNER_ONLY_FOLDER = "rwx------";

  /**
   * How old a dot file must be to be taken for one a crash left behind. A shared {@code FILES_DIR}
   * holds other nodes' blobs being written: their dot files are younger, and must stay.
   */
  static final Duration UNFINISHED_AGE = Duration.ofHours(1);

  private final Path root;

  /**
   * Opens (creating it if needed) the store in {@code root}, removing half-written blobs at least
   * {@link #UNFINISHED_AGE} old.
   */
  public DirectoryBlobStore(Path root) throws IOException {
    this.root = root;
    createFolder(root);
    removeUnfinishedBlobs(root);
  }

  @Override
  public void put(BlobKey key, Path file) throws IOException {
    Path blob = pathOf(key);
    if (Files.exists(blob)) {
      return;
    }
    if (createFolder(blob.getParent())) {
      DurableFiles.syncFolder(root);
    }
    try {
      if (!DurableFiles.link(file, blob, Access.OWNER_ONLY)) {
        DurableFiles.copy(file, blob, Access.OWNER_ONLY);
      }
    } catch (FileAlreadyExistsException sameBytesMeanwhile) {
      // another upload of the same bytes stored them first
    }
  }

  @Override
  public OptionalLong size(BlobKey key) throws IOException {
    try {
      return OptionalLong.of(Files.size(pathOf(key)));
    } catch (NoSuchFileException absent) {
      return OptionalLong.empty();
    }
  }

  @Override
  public InputStream read(BlobKey key, long offset, long length) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(pathOf(key), StandardOpenOption.READ);
    } catch (NoSuchFileException absent) {
      throw new NoSuchBlobException(key);
    }
    channel.position(offset);
    return new BoundedInputStream(Channels.newInputStream(channel), length);
  }

  @Override
  public void delete(BlobKey key) throws IOException {
    Files.deleteIfExists(pathOf(key));
  }

  private Path pathOf(BlobKey key) {
    String name = key.value();
    return root.resolve(name.substring(0, Math.min(2, name.length()))).resolve(name);
  }

  /** Creates the folder unless it exists; whether it did. */
  private static boolean createFolder(Path folder) throws IOException {
    if (Files.isDirectory(folder)) {
      return false;
    }
    if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createDirectories(
          folder,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY_FOLDER)));
    } else {
      Files.createDirectories(folder);
    }
    return true;
  }

  private static void removeUnfinishedBlobs(Path root) throws IOException {
    Instant before = Instant.now().minus(UNFINISHED_AGE);
    try (Stream<Path> files = Files.walk(root, 2)) {
      for (Path file : files.filter(DirectoryBlobStore::isUnfinished).toList()) {
        if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  private static boolean isUnfinished(Path file) {
    return file.getFileName().toString().startsWith(".") && Files.isRegularFile(file);
  }
}
