package chat.protocol.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A file posted with a message, and what {@code POST /api/files} answers. {@code url} is where
 * members of its room download it; {@code mimeType} is what the server detected from the bytes,
 * never what the uploader claimed; {@code sha256} is the bytes' digest in lower-case hex (also the
 * download's {@code ETag}). {@code width} and {@code height} (pixels) and {@code thumbnailUrl} (320
 * px) and {@code previewUrl} (1280 px) are there only for an image the server previewed, and left
 * out of the JSON otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Attachment(
    String fileId,
    String name,
    long size,
    String mimeType,
    String url,
    String sha256,
    Integer width,
    Integer height,
    String thumbnailUrl,
    String previewUrl) {

  /** A file without a preview. */
  public Attachment(
      String fileId, String name, long size, String mimeType, String url, String sha256) {
    this(fileId, name, size, mimeType, url, sha256, null, null, null, null);
  }
}
