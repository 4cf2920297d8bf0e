package chat.client.ui.rooms;

import chat.client.ui.e2ee.LockIcon;
import chat.client.ui.emoji.EmojiText;
import chat.protocol.model.UserStatus;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;

/**
 * Draws a sidebar row: a section title, or a room's name with its unread and mention badges, for a
 * direct room the other person's presence dot, and for an encrypted room a lock.
 */
public final class SidebarCell extends ListCell<SidebarRow> {

  /** Emoji in room names are colour pictures this many pixels high. */
  private static final double EMOJI_SIZE = 16;

  @Override
  protected void updateItem(SidebarRow row, boolean empty) {
    super.updateItem(row, empty);
    setText(null);
    getStyleClass().remove("section-row");
    accessibleTextProperty().unbind();
    if (empty || row == null) {
      setGraphic(null);
      setAccessibleText(null);
      return;
    }
    switch (row) {
      case SidebarRow.Section section -> {
        getStyleClass().add("section-row");
        Label title = new Label(section.title().toUpperCase(Locale.ROOT));
        title.getStyleClass().add("section");
        setGraphic(title);
        setAccessibleText(section.title());
      }
      case SidebarRow.Entry entry -> setGraphic(roomRow(entry.room()));
    }
  }

  private Region roomRow(RoomItem room) {
    Label name = new Label();
    name.setMaxWidth(Double.MAX_VALUE);
    showNameAndPresence(name, room);
    HBox.setHgrow(name, Priority.ALWAYS);
    Label mentions = badge(room.mentionsProperty(), "mention-badge");
    mentions.textProperty().bind(Bindings.concat("@", room.mentionsProperty().asString()));
    Label unread = badge(room.unreadProperty(), "badge");
    unread.textProperty().bind(room.unreadProperty().asString());
    accessibleTextProperty()
        .bind(
            Bindings.createStringBinding(
                () -> describe(room),
                room.nameProperty(),
                room.unreadProperty(),
                room.mentionsProperty(),
                room.partnerStatusProperty(),
                room.encryptedProperty()));
    Label lock = LockIcon.of(EMOJI_SIZE - 2);
    lock.visibleProperty().bind(room.encryptedProperty());
    lock.managedProperty().bind(lock.visibleProperty());
    HBox row = new HBox(8, name, lock, mentions, unread);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private static Label badge(IntegerProperty count, String styleClass) {
    Label badge = new Label();
    badge.getStyleClass().add(styleClass);
    badge.visibleProperty().bind(count.greaterThan(0));
    badge.managedProperty().bind(badge.visibleProperty());
    return badge;
  }

  /**
   * The room's name, its emoji in colour ({@link EmojiText}), after a dot for the other person of a
   * direct room once their presence is known; until then the name has no dot at all. The dot comes
   * and goes with the label's graphic: a label's skin takes its graphic into the scene only when it
   * is set, so a graphic hidden then and shown later would leave an empty gap instead of a dot.
   */
  private static void showNameAndPresence(Label name, RoomItem room) {
    Circle dot = new Circle(4);
    dot.getStyleClass().add("sidebar-presence");
    // The room outlives the cell's rows: it holds the listener weakly, the label strongly.
    InvalidationListener redraw = observable -> show(name, dot, room);
    name.getProperties().put(InvalidationListener.class, redraw);
    room.partnerStatusProperty().addListener(new WeakInvalidationListener(redraw));
    room.nameProperty().addListener(new WeakInvalidationListener(redraw));
    show(name, dot, room);
  }

  private static void show(Label name, Circle dot, RoomItem room) {
    UserStatus status = room.partnerStatusProperty().get();
    dot.getStyleClass().removeAll("presence-online", "presence-offline");
    if (status != null) {
      dot.getStyleClass().add(status == UserStatus.ONLINE ? "presence-online" : "presence-offline");
    }
    EmojiText.show(name, room.nameProperty().get(), EMOJI_SIZE, status == null ? null : dot);
  }

  private static String describe(RoomItem room) {
    StringBuilder text = new StringBuilder(room.name());
    if (room.encrypted()) {
      text.append(", encrypted");
    }
    UserStatus status = room.partnerStatusProperty().get();
    if (status != null) {
      text.append(status == UserStatus.ONLINE ? ", online" : ", offline");
    }
    if (room.unreadProperty().get() > 0) {
      text.append(", ").append(room.unreadProperty().get()).append(" unread");
    }
    if (room.mentionsProperty().get() > 0) {
      text.append(", ").append(room.mentionsProperty().get()).append(" mentioning you");
    }
    return text.toString();
  }
}
