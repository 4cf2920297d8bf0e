package chat.client.ui.files;

import java.util.Optional;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * What a window may carry in place of the desktop's own parts, such as a save dialog ({@link
 * SaveChooser}) or the program that opens a file ({@link DocumentOpener}): tests put their own
 * there, where nothing native can be answered or launched. Found on the window itself or on a
 * window owning it.
 */
final class WindowOverrides {

  private WindowOverrides() {}

  static <T> void put(Window window, Class<T> kind, T value) {
    window.getProperties().put(kind, value);
  }

  static <T> Optional<T> find(Window window, Class<T> kind) {
    for (Window at = window; at != null; at = at instanceof Stage stage ? stage.getOwner() : null) {
      if (kind.isInstance(at.getProperties().get(kind))) {
        return Optional.of(kind.cast(at.getProperties().get(kind)));
      }
    }
    return Optional.empty();
  }
}
