package chat.client.ui.chat;

import chat.client.ui.emoji.EmojiImages;
import chat.client.ui.emoji.EmojiText;
import chat.protocol.model.Message;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;

/**
 * Binds the controls for changing messages: Up in an empty composer edits the reader's last message
 * (a banner says so; Enter saves, Esc cancels), Delete on a selected message asks to delete it, and
 * the pinned bar under the room's header shows the newest pin ("1 of 3" with more), a click jumping
 * to it and moving on to the next.
 */
public final class MessageChangeControls {

  private static final double PIN_SIZE = 14;

  private final ChatViewModel chat;
  private final MessageMenu menu;
  private final ListView<ChatLine> list;
  private final TextArea composer;

  public MessageChangeControls(
      ChatViewModel chat, MessageMenu menu, ListView<ChatLine> list, TextArea composer) {
    this.chat = chat;
    this.menu = menu;
    this.list = list;
    this.composer = composer;
  }

  /**
   * Shows "Editing message · Esc to cancel" in {@code banner} while editing; Up and Esc as {@link
   * EditKeys} has them.
   */
  public MessageChangeControls bindEditing(Label banner) {
    EditKeys.bind(composer, chat.composer().editing(), chat.composer()::editLast, banner);
    list.addEventHandler(
        KeyEvent.KEY_PRESSED,
        event -> {
          ChatLine selected = list.getSelectionModel().getSelectedItem();
          if (event.getCode() == KeyCode.DELETE && selected != null) {
            event.consume();
            menu.askToDelete(selected, list);
          }
        });
    return this;
  }

  /** Shows the open room's newest pin in {@code bar}: {@code text}, and {@code position}. */
  public MessageChangeControls bindPins(Region bar, Label pin, Label text, Label position) {
    PinnedMessages pins = chat.pins();
    EmojiImages.view("\uD83D\uDCCC", PIN_SIZE)
        .ifPresentOrElse(pin::setGraphic, () -> pin.setText("\uD83D\uDCCC"));
    bar.visibleProperty().bind(pins.shownProperty().isNotNull());
    bar.managedProperty().bind(bar.visibleProperty());
    EmojiText.bind(text, pins.text(), PIN_SIZE);
    position.textProperty().bind(pins.position());
    bar.setOnMouseClicked(
        event -> {
          Message shown = pins.shownProperty().get();
          if (event.getButton() == MouseButton.PRIMARY && shown != null) {
            chat.showAround(shown);
            pins.next();
          }
        });
    return this;
  }
}
