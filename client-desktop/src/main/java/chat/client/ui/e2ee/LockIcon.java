package chat.client.ui.e2ee;

import chat.client.ui.emoji.EmojiImages;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** The lock shown beside an encrypted room's name: in the sidebar and the room's header. */
public final class LockIcon {

  private static final String LOCK = "\uD83D\uDD12";

  private LockIcon() {}

  /** A lock {@code size} pixels high, read aloud as "Encrypted". */
  public static Label of(double size) {
    return dress(new Label(), size);
  }

  /** Makes {@code lock} (an empty label) the lock, {@code size} pixels high. */
  public static Label dress(Label lock, double size) {
    EmojiImages.view(LOCK, size).ifPresentOrElse(lock::setGraphic, () -> lock.setText(LOCK));
    lock.getStyleClass().add("lock");
    lock.setAccessibleText("Encrypted");
    lock.setTooltip(new Tooltip("Encrypted: only the members' devices can read this room"));
    return lock;
  }
}
