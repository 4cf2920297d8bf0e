package chat.client.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The length-prefixed encoding {@code LP(a, b, …)} of every signed, hashed or authenticated message
 * in docs/E2EE.md: each field as a 4-byte big-endian length followed by its bytes. Length prefixes
 * make every such message parse one way, so two different lists of fields can never produce the
 * same bytes (which a plain concatenation allows: "ab" + "c" and "a" + "bc").
 *
 * <p>A field is bytes as they are, a string in UTF-8, or an integer (a ratchet index) as 4 bytes
 * big-endian: {@code LP(7)} is {@code 00000004 00000007}.
 */
public final class Lp {

  private static final int PREFIX = 4;

  private Lp() {}

  /**
   * @param fields each a {@code byte[]}, a {@link String} or an {@link Integer}
   */
  public static byte[] of(Object... fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object field : fields) {
      byte[] bytes = bytesOf(field);
      out.writeBytes(ByteBuffer.allocate(PREFIX).putInt(bytes.length).array());
      out.writeBytes(bytes);
    }
    return out.toByteArray();
  }

  /**
   * The fields of {@code encoded}, if it is exactly {@code count} fields and nothing else: a
   * truncated prefix, a length past the end or bytes left over mean it is not such a message.
   */
  public static Optional<List<byte[]>> split(byte[] encoded, int count) {
    ByteBuffer in = ByteBuffer.wrap(encoded);
    List<byte[]> fields = new ArrayList<>(count);
    while (in.remaining() >= PREFIX && fields.size() < count) {
      int length = in.getInt();
      if (length < 0 || length > in.remaining()) {
        return Optional.empty();
      }
      byte[] field = new byte[length];
      in.get(field);
      fields.add(field);
    }
    return fields.size() == count && !in.hasRemaining() ? Optional.of(fields) : Optional.empty();
  }

  private static byte[] bytesOf(Object field) {
    return switch (field) {
      case byte[] bytes -> bytes;
      case String text -> text.getBytes(StandardCharsets.UTF_8);
      case Integer number -> ByteBuffer.allocate(4).putInt(number).array();
      default ->
          throw new IllegalArgumentException("not an LP field: " + field.getClass().getName());
    };
  }
}
