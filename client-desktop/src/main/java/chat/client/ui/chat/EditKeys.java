package chat.client.ui.chat;

import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A composer's edit mode, the room's and a thread's alike: Up in the empty composer edits the
 * reader's last message there, a banner says so while editing, and Esc cancels. The window's own
 * Esc (closing the newest panel) leaves a composer in edit mode alone: {@link #keepsEscape}.
 */
public final class EditKeys {

  private static final String EDITING = "chat.editing";

  private EditKeys() {}

  /**
   * Binds {@code composer}'s Up and Esc to {@code editing}, and shows {@code banner} ("Editing
   * message · Esc to cancel") while editing; Up asks {@code editLast}, which says whether it found
   * a message to edit.
   */
  static void bind(
      TextArea composer, MessageEditing editing, BooleanSupplier editLast, Label banner) {
    composer.getProperties().put(EDITING, editing);
    banner.visibleProperty().bind(editing.editingProperty().isNotNull());
    banner.managedProperty().bind(banner.visibleProperty());
    banner.setText("Editing message · Esc to cancel");
    editing
        .editingProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                composer.requestFocus();
                Platform.runLater(composer::end);
              }
            });
    composer.addEventFilter(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (event.getCode() == KeyCode.UP
              && !event.isShortcutDown()
              && !event.isAltDown()
              && !event.isShiftDown()
              && composer.getText().isEmpty()
              && editLast.getAsBoolean()) {
            event.consume();
          } else if (event.getCode() == KeyCode.ESCAPE && editing.active()) {
            event.consume();
            editing.cancel();
          }
        });
  }

  /** Whether {@code event} goes to a composer in edit mode, whose Esc cancels the edit. */
  public static boolean keepsEscape(Event event) {
    return event.getTarget() instanceof Node node
        && node.getProperties().get(EDITING) instanceof MessageEditing editing
        && editing.active();
  }
}
