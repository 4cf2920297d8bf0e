package chat.client.ui.files;

import chat.protocol.model.Attachment;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * An image shown large in a window over the app's: the server's preview (1280 px) when it made one,
 * else the file itself (at most {@link #LARGEST} pixels a side), fitted to the window at first. "−"
 * and "+" (or Ctrl+scroll, Ctrl+minus and Ctrl+plus) zoom, "Fit" (Ctrl+0) fits it again, and
 * "Save…" saves the file itself. Escape closes it.
 */
final class ImageViewer {

  /** The largest side an image is decoded at for the viewer. */
  static final int LARGEST = 4096;

  private static final double STEP = 1.25;
  private static final double LEAST = 0.05;
  private static final double MOST = 8;

  private final Attachment file;
  private final AttachmentParts parts;
  private final DoubleProperty zoom = new SimpleDoubleProperty(1);
  private final ImageView view = new ImageView();
  private final ScrollPane scroll = new ScrollPane();
  private final Label status = new Label();

  private ImageViewer(Attachment file, AttachmentParts parts) {
    this.file = file;
    this.parts = parts;
  }

  /** Opens {@code file} large in front of {@code owner}. */
  static Stage show(Window owner, Attachment file, AttachmentParts parts) {
    return new ImageViewer(file, parts).open(owner);
  }

  private Stage open(Window owner) {
    Stage stage = new Stage();
    stage.initOwner(owner);
    stage.initModality(Modality.WINDOW_MODAL);
    stage.setTitle(file.name());
    BorderPane root = new BorderPane();
    root.setId("image-viewer");
    root.getStyleClass().add("image-viewer");
    root.setTop(toolbar(stage));
    Label loading = new Label("Loading " + file.name() + "…");
    loading.getStyleClass().add("meta");
    StackPane content = new StackPane(loading);
    content.setAlignment(Pos.CENTER);
    content
        .minWidthProperty()
        .bind(
            Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getWidth(), scroll.viewportBoundsProperty()));
    content
        .minHeightProperty()
        .bind(
            Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getHeight(), scroll.viewportBoundsProperty()));
    scroll.setContent(content);
    scroll.setPannable(true);
    scroll.setId("viewer-scroll");
    root.setCenter(scroll);
    status.setId("viewer-status");
    status.getStyleClass().add("meta");
    status.managedProperty().bind(status.textProperty().isNotEmpty());
    root.setBottom(status);
    view.setId("viewer-image");
    view.setPreserveRatio(true);
    view.setSmooth(true);
    Scene scene = new Scene(root, owner.getWidth() * 0.85, owner.getHeight() * 0.85);
    if (owner.getScene() != null) {
      scene.getStylesheets().setAll(owner.getScene().getStylesheets());
    }
    scene.addEventFilter(ScrollEvent.SCROLL, this::scrolled);
    scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> key(event, stage));
    stage.setScene(scene);
    stage.show();
    scroll.requestFocus();
    boolean preview = file.previewUrl() != null;
    parts
        .files()
        .images()
        .load(
            preview ? file.previewUrl() : file.url(),
            preview ? null : file.sha256(),
            LARGEST,
            false)
        .whenComplete(
            (image, failure) -> {
              if (image != null) {
                shown(image, content);
              } else {
                loading.setText("This image cannot be shown.");
              }
            });
    return stage;
  }

  private HBox toolbar(Stage stage) {
    Label name = new Label(file.name());
    name.getStyleClass().add("viewer-name");
    name.setMinWidth(0);
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    Button out = button("−", "viewer-zoom-out", "Zoom out", () -> zoomBy(1 / STEP));
    Label percent = new Label();
    percent.setId("viewer-zoom");
    percent.textProperty().bind(Bindings.format("%.0f%%", zoom.multiply(100)));
    Button in = button("+", "viewer-zoom-in", "Zoom in", () -> zoomBy(STEP));
    Button fit = button("Fit", "viewer-fit", "Fit the image to the window", this::fit);
    Button save = button("Save…", "viewer-save", "Save the file…", () -> save(stage));
    Button close = button("Close", "viewer-close", "Close the viewer", stage::close);
    HBox bar = new HBox(6, name, gap, out, percent, in, fit, save, close);
    bar.getStyleClass().add("viewer-toolbar");
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  /** A toolbar button; a screen reader reads {@code accessibleText}, as "−" says nothing. */
  private static Button button(String text, String id, String accessibleText, Runnable action) {
    Button button = new Button(text);
    button.setId(id);
    button.setAccessibleText(accessibleText);
    button.setOnAction(event -> action.run());
    return button;
  }

  private void shown(Image image, StackPane content) {
    view.setImage(image);
    view.fitWidthProperty().bind(zoom.multiply(image.getWidth()));
    content.getChildren().setAll(view);
    fit();
  }

  /** Fits the whole image in the window, never larger than its own size. */
  private void fit() {
    Image image = view.getImage();
    if (image == null) {
      return;
    }
    double width = scroll.getViewportBounds().getWidth();
    double height = scroll.getViewportBounds().getHeight();
    if (width <= 0 || height <= 0) {
      width = scroll.getWidth();
      height = scroll.getHeight();
    }
    zoom.set(clamp(Math.min(1, Math.min(width / image.getWidth(), height / image.getHeight()))));
  }

  private void zoomBy(double factor) {
    zoom.set(clamp(zoom.get() * factor));
  }

  private static double clamp(double value) {
    return Math.max(LEAST, Math.min(MOST, value));
  }

  private void scrolled(ScrollEvent event) {
    if (event.isShortcutDown() && event.getDeltaY() != 0) {
      zoomBy(event.getDeltaY() > 0 ? STEP : 1 / STEP);
      event.consume();
    }
  }

  private void key(KeyEvent event, Stage stage) {
    if (event.getCode() == KeyCode.ESCAPE) {
      stage.close();
    } else if (event.isShortcutDown()
        && (event.getCode() == KeyCode.PLUS
            || event.getCode() == KeyCode.EQUALS
            || event.getCode() == KeyCode.ADD)) {
      zoomBy(STEP);
    } else if (event.isShortcutDown()
        && (event.getCode() == KeyCode.MINUS || event.getCode() == KeyCode.SUBTRACT)) {
      zoomBy(1 / STEP);
    } else if (event.isShortcutDown()
        && (event.getCode() == KeyCode.DIGIT0 || event.getCode() == KeyCode.NUMPAD0)) {
      fit();
    } else {
      return;
    }
    event.consume();
  }

  private void save(Stage stage) {
    Transfer transfer = parts.saveAs(file, stage);
    if (transfer != null) {
      status.textProperty().bind(transfer.statusProperty());
    }
  }
}
