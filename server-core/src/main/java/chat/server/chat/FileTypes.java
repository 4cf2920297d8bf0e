package chat.server.chat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file is, from its bytes (Tika's core detector: magic numbers and a text check), never from
 * what the uploader said. The name may only refine what the bytes say into one of its own kinds
 * (bytes of a zip named {@code .docx} are a Word document, text named {@code .csv} is CSV); it can
 * never make bytes into something they are not, so HTML named {@code cat.png} stays HTML, and bytes
 * the detector does not know stay {@code application/octet-stream} whatever their name.
 */
final class FileTypes {

  private static final Tika TIKA = new Tika();
  private static final MediaTypeRegistry REGISTRY =
      MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

  private FileTypes() {}

  static String detect(Path file, String name) throws IOException {
    MediaType bytes;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      bytes = MediaType.parse(TIKA.detect(in));
    }
    MediaType named = MediaType.parse(TIKA.detect(name));
    boolean refines =
        !bytes.equals(MediaType.OCTET_STREAM)
            && !named.equals(bytes)
            && REGISTRY.isSpecializationOf(named, bytes);
    return (refines ? named : bytes).toString();
  }
}
