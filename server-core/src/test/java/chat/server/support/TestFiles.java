package chat.server.support;

import java.util.HexFormat;

/** The bytes of files that tests upload, for what the server detects in them. */
public final class TestFiles {

  private TestFiles() {}

  /**
   * The smallest PNG signature and header chunk start: what magic-number detection reads, so the
   * server takes it for {@code image/png}. A new array on each call.
   */
  public static byte[] png() {
    return HexFormat.of()
        .parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489");
  }
}
