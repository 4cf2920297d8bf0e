package chat.client.ui.files;

import chat.protocol.model.Attachment;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * An image in a message: its thumbnail (the server's, else the file itself scaled down) in a box of
 * at most {@link #BOX} pixels, sized before the image comes (from the image's own size when the
 * server names it, else {@link #BOX} by {@link #UNSIZED_HEIGHT}), so that the row keeps its height
 * while it loads. A click, or Enter or Space once it has the keyboard, opens it large ({@link
 * ImageViewer}). One that cannot be shown becomes a {@link FileCard}.
 */
final class ImageThumb extends StackPane {

  /** The largest side of a thumbnail on screen, in pixels. */
  static final int BOX = 320;

  /** The height kept for an image whose size the server did not name. */
  static final int UNSIZED_HEIGHT = 240;

  /** Decoded at twice the box, so that a screen scaled 200% shows it sharp. */
  private static final int DECODED = 2 * BOX;

  ImageThumb(Attachment file, AttachmentParts parts) {
    getStyleClass().addAll("attachment-image", "loading");
    double[] box = box(file);
    setMinSize(box[0], box[1]);
    setPrefSize(box[0], box[1]);
    setMaxSize(box[0], box[1]);
    setAlignment(Pos.TOP_LEFT);
    setAccessibleText("Image " + file.name() + ", " + FileSizes.human(file.size()));
    boolean thumbnail = file.thumbnailUrl() != null;
    String url = thumbnail ? file.thumbnailUrl() : file.url();
    Image held = parts.files().images().shown(url, DECODED);
    if (held != null) {
      show(held, box, file, parts);
      return;
    }
    Region placeholder = new Region();
    placeholder.getStyleClass().add("image-placeholder");
    Label loading = new Label("Loading " + file.name() + "…");
    loading.getStyleClass().add("meta");
    StackPane.setAlignment(loading, Pos.CENTER);
    getChildren().setAll(placeholder, loading);
    parts
        .files()
        .images()
        .load(url, thumbnail ? null : file.sha256(), DECODED, true)
        .whenComplete(
            (image, failure) -> {
              if (image != null) {
                show(image, box, file, parts);
              } else {
                cannotShow(file, parts);
              }
            });
  }

  /** The box's width and height: the image's own size scaled into {@link #BOX}, when known. */
  static double[] box(Attachment file) {
    Integer width = file.width();
    Integer height = file.height();
    if (width == null || height == null || width <= 0 || height <= 0) {
      return new double[] {BOX, UNSIZED_HEIGHT};
    }
    double scale = Math.min(1, (double) BOX / Math.max(width, height));
    return new double[] {Math.max(1, width * scale), Math.max(1, height * scale)};
  }

  private void show(Image image, double[] box, Attachment file, AttachmentParts parts) {
    ImageView view = new ImageView(image);
    view.getStyleClass().add("attachment-thumbnail");
    view.setPreserveRatio(true);
    view.setSmooth(true);
    view.setFitWidth(Math.min(box[0], image.getWidth()));
    view.setFitHeight(Math.min(box[1], image.getHeight()));
    getChildren().setAll(view);
    getStyleClass().remove("loading");
    setCursor(Cursor.HAND);
    setFocusTraversable(true);
    setOnMouseClicked(event -> ImageViewer.show(getScene().getWindow(), file, parts));
    setOnKeyPressed(
        event -> {
          if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
            event.consume();
            ImageViewer.show(getScene().getWindow(), file, parts);
          }
        });
  }

  private void cannotShow(Attachment file, AttachmentParts parts) {
    getStyleClass().remove("loading");
    setMinSize(Region.USE_COMPUTED_SIZE, Region.USE_COMPUTED_SIZE);
    setPrefSize(Region.USE_COMPUTED_SIZE, Region.USE_COMPUTED_SIZE);
    setMaxSize(FileCard.WIDTH, Region.USE_COMPUTED_SIZE);
    getChildren().setAll(parts.card(file));
  }
}
