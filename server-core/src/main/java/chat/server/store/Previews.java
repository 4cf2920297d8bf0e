package chat.server.store;

/**
 * The previews the server made of an uploaded image, which it decoded itself: the image's size and
 * two renditions of it, each a blob of its own named by its SHA-256 and counted in the blob
 * references like the file's bytes (so identical previews are stored once, and a file's record
 * holds a reference to each of its three blobs).
 *
 * @param width the image's width in pixels
 * @param height the image's height in pixels
 * @param mimeType what both renditions are encoded as: {@code image/png} (an image with
 *     transparency) or {@code image/jpeg}
 * @param thumbnail the image fitted into 320 by 320 pixels (never enlarged)
 * @param preview the image fitted into 1280 by 1280 pixels (never enlarged)
 */
public record Previews(
    int width, int height, String mimeType, Rendition thumbnail, Rendition preview) {

  /** One encoded rendition: the key of its blob and its size in bytes. */
  public record Rendition(String sha256, long size) {}
}
