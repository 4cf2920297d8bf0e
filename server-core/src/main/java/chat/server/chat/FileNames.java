package chat.server.chat;

import chat.server.error.ChatException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The name an uploader gives a file ({@code X-File-Name}, percent-encoded UTF-8), made safe to show
 * and to offer as a download's name. It is never used as a path: the bytes are stored under their
 * hash. Still, path separators go (a client saving the file must not be led elsewhere), and so do
 * control characters and the invisible marks that reorder text (a name must read as what it is:
 * {@code "gpj.exe"} behind a right-to-left override shows as {@code "exe.jpg"}).
 */
final class FileNames {

  /** The most characters (code points) of a name that are kept. */
  static final int MAX_CHARS = 255;

  static final String HEADER = "X-File-Name";

  private FileNames() {}

  /**
   * @throws ChatException {@code INVALID_INPUT} naming {@value #HEADER} when it is missing, not
   *     percent-encoded UTF-8, or nothing is left of it
   */
  static String sanitise(String encoded) {
    if (encoded == null) {
      throw ChatException.invalidInput(HEADER, HEADER + " is required");
    }
    StringBuilder kept = new StringBuilder();
    int count = 0;
    String decoded = decode(encoded);
    for (int i = 0; i < decoded.length() && count < MAX_CHARS; ) {
      int c = decoded.codePointAt(i);
      i += Character.charCount(c);
      if (c == '/' || c == '\\' || Character.getType(c) == Character.CONTROL || reorders(c)) {
        continue;
      }
      kept.appendCodePoint(c);
      count++;
    }
    String name = kept.toString().strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      throw ChatException.invalidInput(HEADER, HEADER + " leaves no usable name");
    }
    return name;
  }

  /** The bidirectional embeddings, overrides and isolates, and the directional marks. */
  private static boolean reorders(int c) {
    return (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E
        || c == 0x200F
        || c == 0x061C;
  }

  /** Percent-decoding as RFC 3986 has it: {@code +} is a plus, and the bytes must be UTF-8. */
  private static String decode(String encoded) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    try {
      for (int i = 0; i < encoded.length(); i++) {
        char c = encoded.charAt(i);
        if (c == '%') {
          bytes.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
          i += 2;
        } else if (c < 0x80) {
          bytes.write(c);
        } else {
          throw ChatException.invalidInput(HEADER, HEADER + " must be percent-encoded");
        }
      }
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (IndexOutOfBoundsException | NumberFormatException | CharacterCodingException e) {
      throw ChatException.invalidInput(HEADER, HEADER + " must be percent-encoded UTF-8");
    }
  }
}
