package chat.server.store;

import chat.protocol.model.Attachment;

/**
 * The metadata of one uploaded file; its bytes are the blob named by {@code sha256}. A file belongs
 * to the one room it was uploaded to.
 *
 * @param name the sanitised name, shown to people and never used as a path
 * @param mimeType what the bytes were detected to be, never what the uploader claimed
 * @param sha256 the bytes' SHA-256 in lower-case hex: the blob's key
 * @param createdAt epoch ms
 * @param previews those of an image the server decoded, else null
 * @param messageId the message it was sent with, null until then
 */
public record FileRecord(
    String fileId,
    String roomId,
    String uploaderId,
    String name,
    long size,
    String mimeType,
    String sha256,
    long createdAt,
    Previews previews,
    String messageId) {

  /**
   * The file as messages and uploads show it, its {@code url} the download's path, and its
   * previews' paths when it has them.
   */
  public Attachment attachment() {
    String url = "/api/files/" + fileId;
    if (previews == null) {
      return new Attachment(fileId, name, size, mimeType, url, sha256);
    }
    return new Attachment(
        fileId,
        name,
        size,
        mimeType,
        url,
        sha256,
        previews.width(),
        previews.height(),
        url + "/thumbnail",
        url + "/preview");
  }
}
