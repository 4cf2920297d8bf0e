package chat.server.http;

import chat.server.chat.FileService;
import chat.server.chat.FileService.PreviewSize;
import chat.server.chat.FileService.StoredFile;
import chat.server.chat.UploadCutShortException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code /api/files}: uploading files into rooms, downloading them, and downloading an image's
 * previews. Every answer is {@code nosniff} under a sandboxing content security policy. A file's
 * own bytes are always an attachment, whatever the file claims to be (an image's bytes too: they
 * are the uploader's, and a polyglot may be an image and a page at once); only a preview, which is
 * the server's own encoding of pixels it decoded, is {@code inline}.
 */
final class FileEndpoints {

  private final FileService files;

  FileEndpoints(FileService files) {
    this.files = files;
  }

  void addTo(Router router) {
    router
        .route("POST", "/api/files", this::upload)
        .route("GET", "/api/files/([^/]+)", this::download)
        .route(
            "GET",
            "/api/files/([^/]+)/thumbnail",
            request -> preview(request, PreviewSize.THUMBNAIL))
        .route(
            "GET", "/api/files/([^/]+)/preview", request -> preview(request, PreviewSize.PREVIEW));
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
    return serve(request, file, "attachment; filename*=UTF-8''" + encoded(file.name()));
  }

  private Response preview(Request request, PreviewSize size) {
    return serve(request, files.findPreview(request.user(), request.pathParam(1), size), "inline");
  }

  /** The bytes, or a part or none of them as the request's headers ask, tagged by their hash. */
  private static Response serve(Request request, StoredFile file, String disposition) {
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
    headers.put("Content-Disposition", disposition);
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
