package chat.client.ui.invite;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

/** The QR code of an invite link reads back as the link. */
class QrCodeTest {

  @Test
  void theQrCodeOfAnInviteLinkReadsBackAsTheLink() throws Exception {
    String link =
        "chat://192.168.1.20:5000/invite/i_Q2hhdEludml0ZTEy?fp=sha256:"
            + "3af000112233445566778899aabbccddeeff0123456789abcdef1032547698ba";
    BitMatrix matrix = QrCode.matrix(link, InviteLinkView.QR_SIZE);
    int[] pixels = new int[matrix.getWidth() * matrix.getHeight()];
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        pixels[y * matrix.getWidth() + x] = matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF;
      }
    }
    BinaryBitmap bitmap =
        new BinaryBitmap(
            new HybridBinarizer(
                new RGBLuminanceSource(matrix.getWidth(), matrix.getHeight(), pixels)));

    assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(link);
    assertThat(matrix.getWidth()).isBetween(InviteLinkView.QR_SIZE, InviteLinkView.QR_SIZE + 40);
  }
}
