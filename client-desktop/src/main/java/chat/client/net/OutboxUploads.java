package chat.client.net;

import chat.protocol.ErrorBody;
import chat.protocol.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of {@link Outbox} entries. Uploads those not on the server yet, one after another, off
 * the loop thread: those whose upload a dropped connection cut short, or that were still on their
 * way when the message was sent. A file gone from this computer fails as {@link ApiException}
 * {@code NOT_FOUND}: waiting cannot bring it back. Once an entry is done with (sent or refused),
 * deletes its files that the app kept only for it: those in the kept-files folder, such as images
 * pasted from the clipboard; files the user picked stay where they are.
 */
final class OutboxUploads {

  private static final Logger log = LoggerFactory.getLogger(OutboxUploads.class);

  private final RestApi api;
  private final Supplier<String> accessToken;
  private final Executor io;
  private final Path keptFiles;

  /**
   * @param accessToken the current access token, read for each file
   * @param keptFiles the folder of files that exist only to be sent ({@link
   *     Outgoing#attachmentsDir()})
   */
  OutboxUploads(RestApi api, Supplier<String> accessToken, Executor io, Path keptFiles) {
    this.api = api;
    this.accessToken = accessToken;
    this.io = io;
    this.keptFiles = keptFiles.toAbsolutePath().normalize();
  }

  /** Completes with {@code entry}, every file of it uploaded. */
  CompletableFuture<Outbox.Entry> upload(Outbox.Entry entry) {
    return CompletableFuture.supplyAsync(
        () -> {
          List<OutboxFile> files = new ArrayList<>();
          for (OutboxFile file : entry.files()) {
            files.add(file.uploaded() ? file : file.withFileId(uploadOne(entry, file)));
          }
          return entry.withFiles(files);
        },
        io);
  }

  /**
   * {@code entry} left the outbox: deletes its files kept only for it. A file that cannot be
   * deleted is logged and left; the message went either way.
   */
  void release(Outbox.Entry entry) {
    for (OutboxFile file : entry.files()) {
      Path path = Path.of(file.path()).toAbsolutePath().normalize();
      if (path.startsWith(keptFiles)) {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          log.warn("cannot delete {}, kept for a message that went", path.getFileName(), e);
        }
      }
    }
  }

  private String uploadOne(Outbox.Entry entry, OutboxFile file) {
    Path path = Path.of(file.path());
    if (!Files.isReadable(path)) {
      throw new ApiException(
          new ErrorBody(
              ErrorCode.NOT_FOUND, file.name() + " is no longer on this computer", null, null));
    }
    return api.upload(accessToken.get(), entry.roomId(), path, file.name(), sent -> {}, call -> {})
        .fileId();
  }
}
