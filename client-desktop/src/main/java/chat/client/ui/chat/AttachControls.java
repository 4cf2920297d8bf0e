package chat.client.ui.chat;

import chat.client.ui.emoji.EmojiImages;
import java.io.File;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The three ways files get into the {@link AttachmentTray}: the attach button (a file chooser),
 * files dropped on the room's view (outlined, {@code :dropping}, while files are dragged over it),
 * and Ctrl+V in the composer with files or an image on the clipboard (an image is written to a PNG
 * first, see {@link PastedImages}); Ctrl+V with text pastes the text as always. It also shows the
 * tray ({@link AttachmentTrayView}). A server that serves no files gets no attach button, and drops
 * and pastes of files do nothing; in an encrypted room the button is off, saying why, and the tray
 * refuses files.
 */
public final class AttachControls {

  private static final KeyCombination PASTE =
      new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);

  private static final double ICON_SIZE = 20;
  private static final PseudoClass DROPPING = PseudoClass.getPseudoClass("dropping");

  private final AttachmentTray tray;

  public AttachControls(AttachmentTray tray) {
    this.tray = tray;
  }

  /**
   * @param dropTarget the room's view, where files may be dropped; it keeps this object in its
   *     properties under {@code AttachControls.class}
   */
  public void bind(Button attach, VBox trayBox, Node dropTarget, TextArea composer) {
    new AttachmentTrayView(tray, trayBox).bind();
    attach.setVisible(tray.served());
    attach.setManaged(tray.served());
    if (!tray.served()) {
      return;
    }
    String clip = "\uD83D\uDCCE";
    EmojiImages.view(clip, ICON_SIZE)
        .ifPresentOrElse(attach::setGraphic, () -> attach.setText(clip));
    Tooltip usual = new Tooltip("Attach files (or drop them here, or paste an image)");
    Tooltip refused = new Tooltip(EncryptedSending.NO_FILES);
    attach
        .tooltipProperty()
        .bind(Bindings.when(tray.refusedProperty()).then(refused).otherwise(usual));
    attach.disableProperty().bind(composer.disableProperty().or(tray.refusedProperty()));
    attach.setOnAction(event -> choose(attach));
    dropTarget.getProperties().put(AttachControls.class, this);
    dropTarget.addEventHandler(
        DragEvent.DRAG_OVER,
        event -> {
          if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
            dropTarget.pseudoClassStateChanged(DROPPING, true);
            event.consume();
          }
        });
    dropTarget.addEventHandler(
        DragEvent.DRAG_EXITED, event -> dropTarget.pseudoClassStateChanged(DROPPING, false));
    dropTarget.addEventHandler(
        DragEvent.DRAG_DROPPED,
        event -> {
          boolean taken = event.getDragboard().hasFiles();
          if (taken) {
            drop(event.getDragboard().getFiles());
          }
          dropTarget.pseudoClassStateChanged(DROPPING, false);
          event.setDropCompleted(taken);
          event.consume();
        });
    composer.addEventFilter(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (PASTE.match(event) && paste(Clipboard.getSystemClipboard())) {
            event.consume();
          }
        });
  }

  /** Files dropped on the room's view: what the drop handler does with them. */
  public void drop(List<File> files) {
    tray.add(files.stream().map(File::toPath).toList());
  }

  /** Attaches the clipboard's files or image; false when it holds neither (text, say). */
  boolean paste(Clipboard clipboard) {
    if (clipboard.hasFiles()) {
      drop(clipboard.getFiles());
      return true;
    }
    if (clipboard.hasImage() && clipboard.getImage() != null) {
      try {
        tray.add(List.of(PastedImages.save(clipboard.getImage(), tray.pastedDir())));
      } catch (UncheckedIOException e) {
        tray.cannotAttach("The pasted image could not be saved on this computer");
      }
      return true;
    }
    return false;
  }

  private void choose(Node owner) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Attach files");
    List<File> chosen = chooser.showOpenMultipleDialog(owner.getScene().getWindow());
    if (chosen != null) {
      drop(chosen);
    }
  }
}
