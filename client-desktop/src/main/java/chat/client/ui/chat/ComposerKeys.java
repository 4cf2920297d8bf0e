package chat.client.ui.chat;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.scene.TraversalDirection;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys and the limit of every composer (the room's and a thread's): the counter and Send follow
 * its {@link ComposerLimit}, the counter turning red ({@code :over}) past the limit; Enter sends
 * while Shift+Enter starts a new line, or Ctrl+Enter sends while Enter starts one, as the user
 * chose ({@code enterSends}); Ctrl+Enter sends either way. Tab and Shift+Tab leave the composer, as
 * they leave every other field: a {@code TextArea} would keep Tab for itself and trap keyboard
 * users.
 */
final class ComposerKeys {

  private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");

  private ComposerKeys() {}

  /**
   * Shows {@code limit}'s counter in {@code counter}, and lets {@code send} work only within it.
   */
  static void bindLimit(ComposerLimit limit, Label counter, Button send) {
    counter.textProperty().bind(limit.counter());
    limit.overLimit().addListener((obs, was, over) -> counter.pseudoClassStateChanged(OVER, over));
    send.disableProperty().bind(limit.canSend().not());
  }

  /**
   * Binds {@code composer}'s keys and its hint to {@code enterSends}; sending runs {@code send}.
   */
  static void bind(
      TextArea composer, ObservableBooleanValue enterSends, String what, Runnable send) {
    composer
        .promptTextProperty()
        .bind(
            Bindings.when(enterSends)
                .then("Write " + what + ". Enter sends, Shift+Enter adds a line")
                .otherwise("Write " + what + ". Ctrl+Enter sends, Enter adds a line"));
    composer.addEventFilter(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (event.getCode() == KeyCode.ENTER) {
            event.consume();
            if (event.isShortcutDown() || (enterSends.get() && !event.isShiftDown())) {
              send.run();
            } else {
              composer.replaceSelection("\n");
            }
          } else if (event.getCode() == KeyCode.TAB && !event.isShortcutDown()) {
            event.consume();
            composer.requestFocusTraversal(
                event.isShiftDown() ? TraversalDirection.PREVIOUS : TraversalDirection.NEXT);
          }
        });
  }
}
