package chat.server.http;

import chat.server.chat.FileService;
import chat.server.chat.FileService.StoredFile;
import chat.server.chat.UploadCutShortException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code /api/files}: uploading files into rooms, and downloading them. A download is always an
 * attachment, never shown by the browser as a page: {@code nosniff}, a sandboxing content security
 * policy and {@code Content-Disposition: attachment}, whatever the file claims to be.
 */
final class FileEndpoints {

  private final FileService files;

  FileEndpoints(FileService files) {
    this.files = files;
  }

  void addTo(Router router) {
    router
        .route("POST", "/api/files", this::upload)
        .route("GET", "/api/files/([^/]+)", this::download);
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

  private Response download(Request request) {
    StoredFile file = files.find(request.user(), request.pathParam(1));
    String etag = "\"" + file.sha256() + "\"";
    Map<String, String> headers = new HashMap<>();
    headers.put("ETag", etag);
    headers.put("Cache-Control", "private");
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Content-Security-Policy", "sandbox; default-src 'none'");
    headers.put("Accept-Ranges", "bytes");
    if (matches(request.header("If-None-Match"), etag)) {
      return new Response(304, null, null, headers);
    }
    headers.put("Content-Disposition", "attachment; filename*=UTF-8''" + encoded(file.name()));
    String type = file.mimeType();
    return switch (ByteRange.of(request.header("Range"), file.size())) {
      case ByteRange.Whole whole ->
          new Response(
              200,
              new Response.Streamed(file.bytes().read(0, file.size()), file.size()),
              type,
              headers);
      case ByteRange.Part(ByteRange range) -> {
        headers.put(
            "Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + file.size());
        yield new Response(
            206,
            new Response.Streamed(file.bytes().read(range.first(), range.length()), range.length()),
            type,
            headers);
      }
      case ByteRange.Unsatisfiable none -> {
        headers.put("Content-Range", "bytes */" + file.size());
        yield new Response(416, null, null, headers);
      }
    };
  }

  /**
   * Whether {@code If-None-Match} names {@code etag} (weakly compared, as the RFC says) or is *.
   */
  private static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String candidate = tag.strip();
      if (candidate.startsWith("W/")) {
        candidate = candidate.substring(2);
      }
      if (candidate.equals(etag) || candidate.equals("*")) {
        return true;
      }
    }
    return false;
  }

  /** RFC 8187's encoding of a header parameter: UTF-8, percent-encoded but for attr-chars. */
  private static String encoded(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }
}
