package chat.client.ui.files;

import javafx.stage.Window;

/**
 * Opens a saved file with the desktop's program for it. The app passes the desktop's own; a window
 * may carry another ({@link #use}), as tests do, where no program may be launched.
 */
@FunctionalInterface
public interface DocumentOpener {

  /** Opens the file at {@code uri}, a {@code file:} URI. */
  void open(String uri);

  /** Makes {@code window}, and the windows it owns, open files through {@code opener}. */
  static void use(Window window, DocumentOpener opener) {
    WindowOverrides.put(window, DocumentOpener.class, opener);
  }

  /** The opener {@code window} (or a window owning it) carries, or {@code desktop}. */
  static DocumentOpener of(Window window, DocumentOpener desktop) {
    return WindowOverrides.find(window, DocumentOpener.class).orElse(desktop);
  }
}
