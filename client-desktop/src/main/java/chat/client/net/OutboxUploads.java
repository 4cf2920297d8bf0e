package chat.client.net;

import chat.protocol.ErrorBody;
import chat.protocol.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Uploads the files of an {@link Outbox} entry that are not on the server yet, one after another,
 * off the loop thread: those whose upload a dropped connection cut short, or that were still on
 * their way when the message was sent. A file gone from this computer fails as {@link ApiException}
 * {@code NOT_FOUND}: waiting cannot bring it back.
 */
final class OutboxUploads {

  private final RestApi api;
  private final Supplier<String> accessToken;
  private final Executor io;

  /**
   * @param accessToken the current access token, read for each file
   */
  OutboxUploads(RestApi api, Supplier<String> accessToken, Executor io) {
    this.api = api;
    this.accessToken = accessToken;
    this.io = io;
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
