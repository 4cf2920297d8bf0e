package chat.client.net;

import java.nio.file.Path;

/**
 * Downloads the files posted with messages ({@code GET /api/files/{fileId}} and the server's
 * previews), with the signed-in user's token, to files on disk.
 */
public final class FileDownloads {

  private final Session session;

  FileDownloads(Session session) {
    this.session = session;
  }

  /**
   * Starts streaming the file at {@code url} (as an attachment names it, on this server) into
   * {@code target}, telling {@code progress} as bytes come.
   *
   * @param sha256 the bytes' SHA-256 the server named, checked before the target is written; null
   *     for a preview, whose digest nobody names
   */
  public Download start(String url, Path target, String sha256, Download.Progress progress) {
    Download download = new Download(progress, sha256);
    download.finishes(
        session.withToken(
            (api, token) -> {
              api.download(token, url, download, target);
              return target;
            }));
    return download;
  }
}
