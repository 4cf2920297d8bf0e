package chat.server.http;

import chat.server.chat.FileService;
import chat.server.chat.UploadCutShortException;

/** {@code /api/files}: uploading files into rooms. */
final class FileEndpoints {

  private final FileService files;

  FileEndpoints(FileService files) {
    this.files = files;
  }

  void addTo(Router router) {
    router.route("POST", "/api/files", this::upload);
  }

  /**
   * The body is streamed to the service, never read whole; a body cut short has nobody to answer.
   */
  private Response upload(Request request) {
    try {
      return Response.json(
          201,
          files.upload(
              request.user(),
              request.query("roomId"),
              request.header("X-File-Name"),
              request.contentLength(),
              request.streamedBody()));
    } catch (UploadCutShortException e) {
      throw new ClientGoneException(e.reason());
    }
  }
}
