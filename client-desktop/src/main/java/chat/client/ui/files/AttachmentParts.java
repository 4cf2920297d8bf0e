package chat.client.ui.files;

import chat.protocol.model.Attachment;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Draws a message's files under its text: an image the app can show as its thumbnail ({@link
 * ImageThumb}, which opens the {@link ImageViewer}), any other file as a {@link FileCard}. Saving
 * asks where ({@link SaveChooser}); opening saves to the Downloads folder first (or asks where) and
 * opens that copy, never a cached one, and never a program.
 */
public final class AttachmentParts {

  /** The image types JavaFX decodes. */
  private static final Set<String> SHOWN_TYPES =
      Set.of("image/png", "image/jpeg", "image/gif", "image/bmp");

  private final AttachmentFiles files;
  private final Consumer<String> open;

  /**
   * @param open opens a saved file's {@code file:} URI with the desktop's program for it
   */
  public AttachmentParts(AttachmentFiles files, Consumer<String> open) {
    this.files = files;
    this.open = open;
  }

  /** The parts of {@code attachments}, one under another; null when there are none. */
  public Node of(List<Attachment> attachments) {
    if (attachments == null || attachments.isEmpty()) {
      return null;
    }
    VBox parts = new VBox(6);
    parts.getStyleClass().add("attachments");
    for (Attachment file : attachments) {
      parts.getChildren().add(shownAsImage(file) ? new ImageThumb(file, this) : card(file));
    }
    return parts;
  }

  /** What a screen reader says of {@code attachments}: ", 2 files: a.pdf, 2.4 MiB; …". */
  public static String spoken(List<Attachment> attachments) {
    if (attachments == null || attachments.isEmpty()) {
      return "";
    }
    return ", "
        + attachments.size()
        + (attachments.size() == 1 ? " file: " : " files: ")
        + attachments.stream()
            .map(a -> a.name() + ", " + FileSizes.human(a.size()))
            .collect(Collectors.joining("; "));
  }

  /** Whether a file shows as an image: a server's thumbnail, or a type JavaFX decodes. */
  static boolean shownAsImage(Attachment file) {
    if (file.url() == null) {
      return false;
    }
    String type = file.mimeType() == null ? "" : file.mimeType().toLowerCase(Locale.ROOT);
    return (file.thumbnailUrl() != null && type.startsWith("image/")) || SHOWN_TYPES.contains(type);
  }

  FileCard card(Attachment file) {
    return new FileCard(file, this);
  }

  AttachmentFiles files() {
    return files;
  }

  /** Asks where to save {@code file}, then saves it there; null when the user chose nowhere. */
  Transfer saveAs(Attachment file, Window window) {
    Path target =
        SaveChooser.of(window).choose(window, FileNames.safe(file.name()), files.downloadsFolder());
    return target == null ? null : files.save(file, target, saved -> {});
  }

  /**
   * Saves {@code file} to a new name in the Downloads folder (or where the user says, when there is
   * none), then opens that copy; null when the user chose nowhere. A program is never opened.
   */
  Transfer saveAndOpen(Attachment file, Window window) {
    String name = FileNames.safe(file.name());
    if (FileNames.isProgram(name)) {
      return saveAs(file, window);
    }
    Path folder = files.downloadsFolder();
    Path target =
        folder != null
            ? FileNames.free(folder, name)
            : SaveChooser.of(window).choose(window, name, null);
    return target == null
        ? null
        : files.save(
            file,
            target,
            saved -> DocumentOpener.of(window, open::accept).open(saved.toUri().toString()));
  }
}
