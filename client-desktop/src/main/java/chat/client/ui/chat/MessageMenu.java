package chat.client.ui.chat;

import chat.client.ui.emoji.EmojiPicker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * A message row's menu (Edit, Delete, Add reaction, Pin or Unpin, as {@link MessageActions} allows;
 * then Copy link, the link to the message, on every message sent) and what its items open: the
 * reactions' emoji picker, and the one question before a delete.
 */
public final class MessageMenu {

  private static final ButtonType DELETE = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);

  private final MessageActions actions;
  private final MessageLinks links;
  private final EmojiPicker picker;
  private final Consumer<ChatLine> edit;

  /**
   * @param links the links "Copy link" copies
   * @param picker the emoji picker reactions are chosen in
   */
  public MessageMenu(MessageActions actions, MessageLinks links, EmojiPicker picker) {
    this(actions, links, picker, actions::edit);
  }

  private MessageMenu(
      MessageActions actions, MessageLinks links, EmojiPicker picker, Consumer<ChatLine> edit) {
    this.actions = actions;
    this.links = links;
    this.picker = picker;
    this.edit = edit;
  }

  /** This menu with its Edit done by {@code edit} instead: a thread edits in its own composer. */
  MessageMenu editingIn(Consumer<ChatLine> edit) {
    return new MessageMenu(actions, links, picker, edit);
  }

  MessageActions actions() {
    return actions;
  }

  /**
   * The items of {@code line}'s menu, its picker and question shown by {@code anchor}; none for a
   * row not sent yet, and only Copy link for a tombstone.
   */
  List<MenuItem> items(ChatLine line, Node anchor) {
    List<MenuItem> items = new ArrayList<>();
    for (MessageActions.Action action : actions.of(line)) {
      MenuItem item =
          switch (action) {
            case EDIT -> editItem(line);
            case DELETE -> item("Delete…", () -> askToDelete(line, anchor));
            case REACT -> item("Add reaction…", () -> react(line, anchor));
            case PIN -> item("Pin", () -> actions.pin(line));
            case UNPIN -> item("Unpin", () -> actions.unpin(line));
          };
      item.setId("message-" + action.name().toLowerCase(Locale.ROOT));
      items.add(item);
    }
    String link = links.of(line);
    if (link != null) {
      MenuItem copyLink = item("Copy link", () -> toClipboard(link));
      copyLink.setId("message-copy-link");
      items.add(copyLink);
    }
    return items;
  }

  private static void toClipboard(String text) {
    ClipboardContent content = new ClipboardContent();
    content.putString(text);
    Clipboard.getSystemClipboard().setContent(content);
  }

  /**
   * Opens the reactions' picker above {@code anchor}; the emoji picked is added to {@code line}.
   */
  void react(ChatLine line, Node anchor) {
    picker.pick(anchor, emoji -> actions.react(line, emoji));
  }

  /**
   * Asks once whether to delete {@code line}'s message (unless the reader may not), without
   * blocking: the answer arrives when the dialog closes.
   */
  public void askToDelete(ChatLine line, Node anchor) {
    if (!actions.of(line).contains(MessageActions.Action.DELETE)) {
      return;
    }
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, null, DELETE, ButtonType.CANCEL);
    if (anchor.getScene() != null) {
      alert.initOwner(anchor.getScene().getWindow());
    }
    alert.setTitle("Delete message");
    alert.setHeaderText("Delete this message?");
    alert.setContentText("This cannot be undone.");
    alert.getDialogPane().setId("delete-question");
    alert.getDialogPane().lookupButton(DELETE).setId("confirm-delete");
    alert.getDialogPane().lookupButton(ButtonType.CANCEL).setId("cancel-delete");
    alert.setOnHidden(
        event -> {
          if (alert.getResult() == DELETE) {
            actions.delete(line);
          }
        });
    alert.show();
  }

  /** Edit; disabled, saying why, for a message of an encrypted room (an edit would go in clear). */
  private MenuItem editItem(ChatLine line) {
    if (line.message().encrypted() != null) {
      MenuItem unavailable = new MenuItem("Edit (not yet in encrypted rooms)");
      unavailable.setDisable(true);
      return unavailable;
    }
    return item("Edit", () -> edit.accept(line));
  }

  private static MenuItem item(String text, Runnable action) {
    MenuItem item = new MenuItem(text);
    item.setOnAction(event -> action.run());
    return item;
  }
}
