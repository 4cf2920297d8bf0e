package chat.server.ws;

import java.nio.ByteBuffer;

/**
 * A server's WebSocket text frame as the bytes that go on the wire (RFC 6455 §5.2: final fragment,
 * opcode 1, unmasked, no extensions), made once and written to every socket it is for.
 */
final class TextFrame {

  private static final byte FINAL_TEXT = (byte) 0x81;
  private static final int SEVEN_BIT_MAX = 125;
  private static final int SIXTEEN_BIT_MAX = 0xFFFF;

  private TextFrame() {}

  /**
   * @param payload UTF-8 text
   * @return the whole frame, positioned at its start; give each socket its own {@link
   *     ByteBuffer#duplicate()}
   */
  static ByteBuffer of(byte[] payload) {
    int length = payload.length;
    int header = length <= SEVEN_BIT_MAX ? 2 : length <= SIXTEEN_BIT_MAX ? 4 : 10;
    ByteBuffer frame = ByteBuffer.allocate(header + length).put(FINAL_TEXT);
    if (length <= SEVEN_BIT_MAX) {
      frame.put((byte) length);
    } else if (length <= SIXTEEN_BIT_MAX) {
      frame.put((byte) 126).putShort((short) length);
    } else {
      frame.put((byte) 127).putLong(length);
    }
    return frame.put(payload).flip();
  }
}
