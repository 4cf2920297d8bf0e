package chat.client.ui.chat;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.TraversalDirection;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Binds the conversation list and the composer to a {@link ChatViewModel}: follows the newest
 * message, loads older history when scrolled to the top (keeping the reader's place), and sends on
 * Enter while Shift+Enter starts a new line. Tab and Shift+Tab leave the composer, as they leave
 * every other field: a {@code TextArea} would keep Tab for itself and trap keyboard users.
 */
public final class ChatControls {

  private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");

  private final ChatViewModel chat;
  private final ListView<ChatLine> list;
  private final TextArea composer;
  private final Label counter;
  private final Button send;
  private final Label notice;
  private final Consumer<String> openLink;
  private final ListChangeListener<ChatLine> followNewest = change -> scrollToNewest();

  public ChatControls(
      ChatViewModel chat,
      ListView<ChatLine> list,
      TextArea composer,
      Label counter,
      Button send,
      Label notice,
      Consumer<String> openLink) {
    this.chat = chat;
    this.list = list;
    this.composer = composer;
    this.counter = counter;
    this.send = send;
    this.notice = notice;
    this.openLink = openLink;
  }

  public void bind() {
    list.setCellFactory(view -> new ChatLineCell(openLink));
    list.setPlaceholder(new Label("Pick a room on the left, or create one."));
    // An invalidation listener: a change listener compares the lists with equals(), and one empty
    // list equals another, so switching between two empty rooms would go unnoticed.
    chat.linesProperty().addListener(observable -> show(chat.linesProperty().get()));
    show(chat.linesProperty().get());
    notice.textProperty().bind(chat.noticeProperty());
    list.skinProperty().addListener((obs, old, skin) -> watchScrollTop());
    bindComposer();
  }

  private void bindComposer() {
    composer.textProperty().bindBidirectional(chat.draftProperty());
    composer.disableProperty().bind(chat.roomIdProperty().isNull());
    counter.textProperty().bind(chat.counter());
    chat.overLimit().addListener((obs, was, over) -> counter.pseudoClassStateChanged(OVER, over));
    send.disableProperty().bind(chat.canSend().not());
    send.setOnAction(
        event -> {
          chat.send();
          composer.requestFocus();
        });
    composer.addEventFilter(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (event.getCode() == KeyCode.ENTER) {
            event.consume();
            if (event.isShiftDown()) {
              composer.insertText(composer.getCaretPosition(), "\n");
            } else {
              chat.send();
            }
          } else if (event.getCode() == KeyCode.TAB && !event.isShortcutDown()) {
            event.consume();
            composer.requestFocusTraversal(
                event.isShiftDown() ? TraversalDirection.PREVIOUS : TraversalDirection.NEXT);
          }
        });
  }

  private void show(ObservableList<ChatLine> lines) {
    ObservableList<ChatLine> shown = list.getItems();
    if (shown != null) {
      shown.removeListener(followNewest);
    }
    lines.addListener(followNewest);
    list.setItems(lines);
    scrollToNewest();
  }

  private void scrollToNewest() {
    list.scrollTo(Math.max(0, list.getItems().size() - 1));
  }

  private void watchScrollTop() {
    for (Node node : list.lookupAll(".scroll-bar")) {
      if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
        bar.valueProperty()
            .addListener(
                (obs, was, now) -> {
                  if (now.doubleValue() <= bar.getMin() && was.doubleValue() > bar.getMin()) {
                    loadOlder();
                  }
                });
      }
    }
  }

  private void loadOlder() {
    chat.loadOlder()
        .thenAccept(
            added -> {
              if (added > 0) {
                list.scrollTo(added);
              }
            });
  }
}
