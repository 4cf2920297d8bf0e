package chat.client.ui.files;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks where to save a file. The app asks through the system's {@link FileChooser}; a window may
 * carry another chooser ({@link #use}), as tests do, where no native dialog can be answered.
 */
@FunctionalInterface
public interface SaveChooser {

  /**
   * Where to save a file offered as {@code name}, starting in {@code folder} (null: the chooser's
   * own choice); null when the user chose nowhere.
   */
  Path choose(Window owner, String name, Path folder);

  /** The system's save dialog, in front of {@code owner}. */
  SaveChooser SYSTEM =
      (owner, name, folder) -> {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save " + name);
        chooser.setInitialFileName(name);
        if (folder != null && Files.isDirectory(folder)) {
          chooser.setInitialDirectory(folder.toFile());
        }
        File chosen = chooser.showSaveDialog(owner);
        return chosen == null ? null : chosen.toPath();
      };

  /** Makes {@code window}, and the windows it owns, ask through {@code chooser}. */
  static void use(Window window, SaveChooser chooser) {
    WindowOverrides.put(window, SaveChooser.class, chooser);
  }

  /** The chooser {@code window} (or a window owning it) carries, or the system's. */
  static SaveChooser of(Window window) {
    return WindowOverrides.find(window, SaveChooser.class).orElse(SYSTEM);
  }
}
