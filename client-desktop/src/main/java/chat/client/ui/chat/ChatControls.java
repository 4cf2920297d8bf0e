package chat.client.ui.chat;

import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.TraversalDirection;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Binds the conversation list and the composer to a {@link ChatViewModel}: scrolls where {@link
 * FollowNewest} says (a room opens at its "New messages" line, new messages are followed at the
 * bottom and counted on the "↓ N new" button above it), loads older history when scrolled to the
 * top (keeping the reader's place), shows a message a search jumped to (scrolled into view and
 * briefly marked) with newer pages loading when scrolled to the bottom, and sends on Enter while
 * Shift+Enter starts a new line (or on Ctrl+Enter, as the user chose: {@link #enterSends}). Tab and
 * Shift+Tab leave the composer, as they leave every other field: a {@code TextArea} would keep Tab
 * for itself and trap keyboard users.
 */
public final class ChatControls {

  private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");

  /** Rows shown above a message jumped to. */
  private static final int CONTEXT_ROWS = 2;

  private final ChatViewModel chat;
  private final ListView<ChatLine> list;
  private final Button newBelow;
  private final TextArea composer;
  private final Label counter;
  private final Button send;
  private final Label notice;
  private final Consumer<String> openLink;
  private final ListChangeListener<ChatLine> followNewest = this::rowsChanged;
  private final Runnable afterLayout = this::measure;
  private ObservableBooleanValue enterSends = new SimpleBooleanProperty(true);
  private final JumpMark jumpMark = new JumpMark();
  private boolean scrolling;
  private boolean measureAfterLayout;

  public ChatControls(
      ChatViewModel chat,
      ListView<ChatLine> list,
      Button newBelow,
      TextArea composer,
      Label counter,
      Button send,
      Label notice,
      Consumer<String> openLink) {
    this.chat = chat;
    this.list = list;
    this.newBelow = newBelow;
    this.composer = composer;
    this.counter = counter;
    this.send = send;
    this.notice = notice;
    this.openLink = openLink;
  }

  /**
   * Which key sends, followed as it changes: Enter (Shift+Enter breaks the line) while {@code
   * enterSends} holds, Ctrl+Enter otherwise (Enter breaks the line). Ctrl+Enter sends either way.
   * Call before {@link #bind()}; Enter sends until then.
   */
  public ChatControls enterSends(ObservableBooleanValue enterSends) {
    this.enterSends = enterSends;
    return this;
  }

  public void bind() {
    list.setCellFactory(view -> jumpMark.marking(new ChatLineCell(openLink, chat::retry)));
    chat.jumpedToProperty()
        .addListener(
            (obs, old, key) -> {
              if (key != null) {
                Platform.runLater(() -> showJumped(key));
              }
            });
    list.setPlaceholder(new Label("Pick a room on the left, or create one."));
    // An invalidation listener: a change listener compares the lists with equals(), and one empty
    // list equals another, so switching between two empty rooms would go unnoticed.
    chat.linesProperty().addListener(observable -> show(chat.linesProperty().get()));
    show(chat.linesProperty().get());
    notice.textProperty().bind(chat.noticeProperty());
    list.skinProperty().addListener((obs, old, skin) -> watchScrolling());
    watchLayout();
    bindNewBelow();
    bindComposer();
  }

  private void bindNewBelow() {
    ReadOnlyIntegerProperty unseen = chat.follow().unseenProperty();
    newBelow.textProperty().bind(Bindings.format("↓ %d new", unseen));
    newBelow.visibleProperty().bind(unseen.greaterThan(0));
    newBelow.setOnAction(event -> scrollTo(chat.follow().toNewest(list.getItems())));
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
    composer
        .promptTextProperty()
        .bind(
            Bindings.when(enterSends)
                .then("Write a message. Enter sends, Shift+Enter adds a line")
                .otherwise("Write a message. Ctrl+Enter sends, Enter adds a line"));
    composer.addEventFilter(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (event.getCode() == KeyCode.ENTER) {
            event.consume();
            if (event.isShortcutDown() || (enterSends.get() && !event.isShiftDown())) {
              chat.send();
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

  private void show(ObservableList<ChatLine> lines) {
    ObservableList<ChatLine> shown = list.getItems();
    if (shown != null) {
      shown.removeListener(followNewest);
    }
    lines.addListener(followNewest);
    list.setItems(lines);
    scrollTo(chat.follow().opened(lines));
  }

  /**
   * Scrolls once the list's skin has taken the change in: it listens to the rows too, and until it
   * has, it refuses to scroll to a row it does not know yet.
   */
  private void rowsChanged(ListChangeListener.Change<? extends ChatLine> change) {
    int row = chat.follow().changed(change, chat.loadingOlder());
    boolean newest = row == change.getList().size() - 1;
    if (row != FollowNewest.STAY) {
      Platform.runLater(() -> scrollTo(newest ? list.getItems().size() - 1 : row));
    }
  }

  /**
   * Scrolls a row to the top of the view (the last row to the bottom). Away from the newest row,
   * whether the view still reaches the bottom (a short room does) is measured once laid out.
   */
  private void scrollTo(int row) {
    if (row == FollowNewest.STAY) {
      return;
    }
    scrolling = true;
    list.scrollTo(Math.max(0, row));
    scrolling = false;
    measureAfterLayout |= row < list.getItems().size() - 1;
  }

  private void watchScrolling() {
    for (Node node : list.lookupAll(".scroll-bar")) {
      if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
        bar.valueProperty()
            .addListener(
                (obs, was, now) -> {
                  if (now.doubleValue() <= bar.getMin() && was.doubleValue() > bar.getMin()) {
                    loadOlder();
                  } else if (now.doubleValue() >= bar.getMax()
                      && was.doubleValue() < bar.getMax()) {
                    loadNewer();
                  }
                  measureAfterLayout |= !scrolling;
                });
      }
    }
  }

  /** The list's cells only have their places after layout: where the reader is is measured then. */
  private void watchLayout() {
    list.sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
              }
              if (scene != null) {
                scene.addPostLayoutPulseListener(afterLayout);
              }
            });
    if (list.getScene() != null) {
      list.getScene().addPostLayoutPulseListener(afterLayout);
    }
  }

  private void measure() {
    if (measureAfterLayout) {
      measureAfterLayout = false;
      chat.follow().scrolled(atBottom());
    }
  }

  /** Whether the newest row is on screen (a part of it is enough: it is being read). */
  private boolean atBottom() {
    int last = list.getItems().size() - 1;
    if (last < 0 || !(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
      return true;
    }
    IndexedCell<?> cell = flow.getLastVisibleCell();
    return cell != null && cell.getIndex() >= last;
  }

  /** Scrolls the message a jump showed into view, with a little context above, and marks it. */
  private void showJumped(String key) {
    List<ChatLine> rows = list.getItems();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).key().equals(key)) {
        scrollTo(Math.max(0, i - CONTEXT_ROWS));
        jumpMark.flash(key);
        return;
      }
    }
  }

  /** Keeps the reader's place while a newer page goes in below. */
  private void loadNewer() {
    int top =
        list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow
                && flow.getFirstVisibleCell() != null
            ? flow.getFirstVisibleCell().getIndex()
            : 0;
    chat.loadNewer()
        .thenAccept(
            added -> {
              if (added) {
                list.scrollTo(top);
              }
            });
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
