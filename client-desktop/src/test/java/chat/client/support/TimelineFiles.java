package chat.client.support;

import chat.client.ui.files.SaveChooser;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Files in the app's timeline and composer, as the attachment tests reach them: a row's thumbnail
 * and file card, an image pasted with Ctrl+V, and a save dialog that answers by itself.
 */
public final class TimelineFiles {

  private final AppDriver app;

  public TimelineFiles(AppDriver app) {
    this.app = app;
  }

  /** Puts the PNG {@code png} on the system clipboard and pastes it into the composer. */
  public void pasteImage(byte[] png) {
    app.robot()
        .interact(
            () -> {
              ClipboardContent content = new ClipboardContent();
              content.putImage(new Image(new ByteArrayInputStream(png)));
              Clipboard.getSystemClipboard().setContent(content);
            });
    app.click("#composer");
    app.robot().press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
  }

  /** The loaded thumbnail of the row showing {@code content}, or null; on the FX thread. */
  public ImageView thumbnail(String content) {
    return inRow(content, ".attachment-thumbnail") instanceof ImageView view
            && view.getImage() != null
        ? view
        : null;
  }

  /** The node {@code query} finds in the row showing {@code content}, or null; on the FX thread. */
  public Node inRow(String content, String query) {
    ListCell<?> cell = app.messages().cellShowing(content);
    return cell == null ? null : cell.lookup(query);
  }

  /** The text of the label {@code query} finds in the row showing {@code content}. */
  public String labelInRow(String content, String query) {
    return onFx(() -> inRow(content, query) instanceof Labeled label ? label.getText() : "(none)");
  }

  /**
   * Makes the app's save dialog answer {@code target} without showing, and returns where the name
   * it offered will be put.
   */
  public AtomicReference<String> saveChooserAnswering(Path target) {
    AtomicReference<String> offered = new AtomicReference<>();
    app.robot()
        .interact(
            () ->
                SaveChooser.use(
                    app.stage(),
                    (owner, name, folder) -> {
                      offered.set(name);
                      return target;
                    }));
    return offered;
  }

  /** Reads the scene graph on the FX thread, where it may be read. */
  public static <T> T onFx(Callable<T> read) {
    try {
      return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new AssertionError("reading the scene on the FX thread failed", e);
    }
  }
}
