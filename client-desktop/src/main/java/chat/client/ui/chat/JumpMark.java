package chat.client.ui.chat;

import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.ListCell;
import javafx.util.Duration;

/**
 * Marks the row of a message that a search jumped to, for a moment, so that the eye finds it: the
 * cell showing it gets the {@code :jumped} pseudo-class (the style sheet draws it), whichever cell
 * that is as the list recycles them.
 */
final class JumpMark {

  private static final PseudoClass JUMPED = PseudoClass.getPseudoClass("jumped");
  private static final Duration SHOWN_FOR = Duration.seconds(2.5);

  private final StringProperty marked = new SimpleStringProperty();
  private final PauseTransition fade = new PauseTransition(SHOWN_FOR);

  JumpMark() {
    fade.setOnFinished(event -> marked.set(null));
  }

  /** Lets {@code cell} show the mark when its row is the marked one. */
  <C extends ListCell<ChatLine>> C marking(C cell) {
    InvalidationListener update =
        observable ->
            cell.pseudoClassStateChanged(
                JUMPED, cell.getItem() != null && cell.getItem().key().equals(marked.get()));
    cell.itemProperty().addListener(update);
    marked.addListener(update);
    return cell;
  }

  /** Marks the row of {@code key} for a moment. */
  void flash(String key) {
    marked.set(key);
    fade.playFromStart();
  }
}
