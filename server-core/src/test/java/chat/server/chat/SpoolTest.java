package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.protocol.ErrorCode;
import chat.server.error.ChatException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The spool's file and hash are the body's, in order, however it arrives, with or without a
 * declared length; a body past the limit leaves no file.
 */
class SpoolTest {

  @TempDir Path folder;

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aBodyOfManyPiecesIsWrittenAndHashedInOrder(boolean lengthDeclared) throws Exception {
    byte[] body = new byte[3 * 1024 * 1024 + 12_345];
    new Random(7).nextBytes(body);
    Spool spool = new Spool(folder);

    Spool.Spooled spooled =
        spool.write(new TrickleStream(body), lengthDeclared ? body.length : -1, body.length);

    assertThat(spooled.size()).isEqualTo(body.length);
    assertThat(Files.readAllBytes(spooled.file())).isEqualTo(body);
    assertThat(spooled.sha256())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)));
  }

  @Test
  void aBodyPastTheLimitIsRefusedAndLeavesNoFile() throws Exception {
    byte[] body = new byte[2 * 1024 * 1024];
    Spool spool = new Spool(folder);

    assertThatThrownBy(() -> spool.write(new ByteArrayInputStream(body), -1, body.length - 1))
        .isInstanceOfSatisfying(
            ChatException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE));
    try (var left = Files.list(folder)) {
      assertThat(left).isEmpty();
    }
  }

  /** A body that arrives a few bytes at a time, as a slow client's does. */
  private static final class TrickleStream extends InputStream {
    private final ByteArrayInputStream bytes;

    TrickleStream(byte[] body) {
      this.bytes = new ByteArrayInputStream(body);
    }

    @Override
    public int read() {
      return bytes.read();
    }

    @Override
    public int read(byte[] into, int offset, int length) {
      return bytes.read(into, offset, Math.min(length, 8191));
    }
  }
}
