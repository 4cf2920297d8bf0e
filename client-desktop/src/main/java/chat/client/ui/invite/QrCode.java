package chat.client.ui.invite;

import chat.client.ui.QrCodes;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.Image;

/**
 * A QR code of a short text (an invite link), dark on white whatever the theme, so that a phone's
 * camera reads it off the screen. Medium error correction and the standard four-module quiet zone.
 */
public final class QrCode {

  private QrCode() {}

  /** The code's modules, {@code true} for dark, with its quiet zone, about {@code size} wide. */
  public static BitMatrix matrix(String text, int size) {
    try {
      return new QRCodeWriter()
          .encode(
              text,
              BarcodeFormat.QR_CODE,
              size,
              size,
              Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
    } catch (WriterException e) {
      throw new IllegalArgumentException("too long for a QR code: " + text.length(), e);
    }
  }

  /** The code drawn {@code size} pixels wide (or a little wider, for whole modules). */
  public static Image image(String text, int size) {
    return QrCodes.draw(matrix(text, size));
  }
}
