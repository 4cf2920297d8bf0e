package chat.client.ui.emoji;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/**
 * Colour pictures of emoji for the FX thread: the font is read once, on first use, and each emoji's
 * picture is decoded once (at twice the largest size shown, so that it stays sharp when scaled).
 */
public final class EmojiImages {

  /** The side of the decoded pictures, in pixels. */
  private static final double DECODED = 64;

  private static Optional<EmojiFont> font;
  private static final Map<String, Optional<Image>> IMAGES = new HashMap<>();

  private EmojiImages() {}

  /**
   * A picture of one emoji (a grapheme cluster), {@code size} pixels high, with the emoji as its
   * accessible text; empty when the font has no picture for it.
   */
  public static Optional<ImageView> view(String emoji, double size) {
    return image(emoji)
        .map(
            image -> {
              ImageView view = new ImageView(image);
              view.setFitHeight(size);
              view.setFitWidth(size);
              view.setPreserveRatio(true);
              view.setSmooth(true);
              view.getStyleClass().add("emoji");
              view.setAccessibleText(emoji);
              return view;
            });
  }

  /**
   * Reads the emoji font ahead of need, off the JavaFX thread: a font read whole (the bundled copy)
   * is 11 MB, too slow for the first window that shows an emoji. Safe from any thread.
   */
  public static void warmUp() {
    font();
  }

  static Optional<Image> image(String emoji) {
    return IMAGES.computeIfAbsent(
        emoji,
        key ->
            font()
                .flatMap(f -> f.png(key))
                .map(png -> new Image(new ByteArrayInputStream(png), DECODED, DECODED, true, true))
                .filter(image -> !image.isError()));
  }

  private static synchronized Optional<EmojiFont> font() {
    if (font == null) {
      font = EmojiFont.load();
    }
    return font;
  }
}
