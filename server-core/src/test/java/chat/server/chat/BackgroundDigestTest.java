package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The digest hashed on its own thread is the SHA-256 of the pieces in the order handed over, and
 * the buffers only take turns: no more of them than {@link BackgroundDigest#PIECES}.
 */
class BackgroundDigestTest {

  @Test
  void theDigestIsTheSha256OfThePiecesInOrderWithOnlyAFewBuffers() throws Exception {
    MessageDigest expected = MessageDigest.getInstance("SHA-256");
    Set<byte[]> buffers = Collections.newSetFromMap(new IdentityHashMap<>());
    SplittableRandom random = new SplittableRandom(7);
    String hex;
    try (BackgroundDigest digest = new BackgroundDigest(1024)) {
      for (int i = 0; i < 10 * BackgroundDigest.PIECES; i++) {
        byte[] piece = digest.freePiece();
        buffers.add(piece);
        int length = 1 + random.nextInt(piece.length);
        random.nextBytes(piece);
        expected.update(piece, 0, length);
        digest.hash(piece, length);
      }
      hex = digest.hex();
    }

    assertThat(hex).isEqualTo(HexFormat.of().formatHex(expected.digest()));
    assertThat(buffers).hasSizeLessThanOrEqualTo(BackgroundDigest.PIECES);
  }

  @Test
  void nothingHandedOverIsTheDigestOfNoBytes() throws Exception {
    try (BackgroundDigest digest = new BackgroundDigest(16)) {
      assertThat(digest.hex())
          .isEqualTo(
              HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(new byte[0])));
    }
  }
}
