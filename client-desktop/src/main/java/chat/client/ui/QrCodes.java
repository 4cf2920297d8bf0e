package chat.client.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Text as a QR code image, black on white whatever the theme (scanners want dark on light), with
 * the quiet zone the standard asks for.
 */
public final class QrCodes {

  private static final int QUIET_ZONE_MODULES = 4;

  private QrCodes() {}

  /** The QR code of {@code text} as it changes; null while it is empty. */
  public static ObjectBinding<Image> following(ObservableStringValue text, int size) {
    return Bindings.createObjectBinding(
        () -> text.get().isEmpty() ? null : of(text.get(), size), text);
  }

  /**
   * @param size the image's width and height in pixels
   * @throws IllegalArgumentException for text too long for a QR code
   */
  public static Image of(String text, int size) {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  size,
                  size,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      QUIET_ZONE_MODULES));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot make a QR code of this text", e);
    }
    return draw(matrix);
  }

  /** {@code matrix} as an image, a pixel a cell: dark cells black, the others white. */
  public static Image draw(BitMatrix matrix) {
    WritableImage image = new WritableImage(matrix.getWidth(), matrix.getHeight());
    PixelWriter pixels = image.getPixelWriter();
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        pixels.setColor(x, y, matrix.get(x, y) ? Color.BLACK : Color.WHITE);
      }
    }
    return image;
  }
}
