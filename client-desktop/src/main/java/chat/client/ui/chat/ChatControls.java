package chat.client.ui.chat;

import chat.client.ui.emoji.EmojiPicker;
import chat.client.ui.files.AttachmentParts;
import chat.client.ui.markdown.LinkPrompt;
import chat.client.ui.markdown.MessageMarkdown;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Binds the conversation list and the composer to a {@link ChatViewModel}: scrolls where {@link
 * FollowNewest} says (a room opens at its "New messages" line, new messages are followed at the
 * bottom and counted on the "↓ N new" button above it, which returns to them), shows older messages
 * when scrolled to the top and newer ones when scrolled to the bottom of those shown (keeping the
 * reader's place), shows a message a search jumped to (scrolled into view and briefly marked), and
 * sends with the keys of {@link ComposerKeys} (which key sends, as the user chose: {@link
 * #enterSends}). Messages show as Markdown, and a link opens only once the reader has seen its
 * target ({@link LinkPrompt}). A message's context menu and its thread parts open its thread.
 */
public final class ChatControls {

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
  private MessageMenu menu;
  private AttachmentParts files;
  private ObservableMap<String, String> seenBy;
  private final JumpMark jumpMark = new JumpMark();
  private boolean scrolling;
  private boolean measureAfterLayout;
  private boolean following;
  private boolean olderAfterLayout;
  private boolean newerAfterLayout;
  private boolean bottomAfterLayout;
  private int jumps;

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

  /**
   * The menu of each message row, whose reactions' picker keeps the recent emoji. Call before
   * {@link #bind()}; without it, the picker keeps none.
   */
  public ChatControls messageMenu(MessageMenu messageMenu) {
    this.menu = messageMenu;
    return this;
  }

  /** Shows the messages' files through {@code parts}. Call before {@link #bind()}; else none. */
  public ChatControls showingFiles(AttachmentParts parts) {
    this.files = parts;
    return this;
  }

  /**
   * Shows "Seen by bob, carol" under the messages {@code seenBy} names (by messageId); a line that
   * comes or goes while the view is at the bottom keeps the bottom in view. Call before {@link
   * #bind()}; else none.
   */
  public ChatControls showingSeenBy(ObservableMap<String, String> seenBy) {
    this.seenBy = seenBy;
    return this;
  }

  public void bind() {
    if (menu == null) {
      menu =
          new MessageMenu(
              chat.actions(),
              chat.links(),
              EmojiPicker.forReactions(FXCollections.observableArrayList()));
    }
    MessageMarkdown markdown = new MessageMarkdown(chat.readerName());
    Consumer<String> askFirst = new LinkPrompt(openLink, () -> list.getScene().getWindow());
    list.setCellFactory(
        view -> {
          ChatLineCell cell =
              new ChatLineCell(markdown, askFirst, chat::retry, menu, chat::openThread)
                  .showingFiles(files);
          return jumpMark.marking(seenBy == null ? cell : cell.showingSeenBy(seenBy));
        });
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
    if (seenBy != null && !Boolean.getBoolean("dbg.nokeep")) {
      seenBy.addListener((MapChangeListener<String, String>) change -> keepBottom(change.getKey()));
    }
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
    newBelow.setOnAction(
        event -> {
          if (chat.showNewest()) {
            scrollTo(chat.follow().toNewest(list.getItems()));
          }
        });
  }

  private void bindComposer() {
    composer.textProperty().bindBidirectional(chat.composer().draftProperty());
    composer.disableProperty().bind(chat.roomIdProperty().isNull().or(chat.closedProperty()));
    ComposerKeys.bindLimit(chat.composer().limit(), counter, send);
    send.disableProperty().bind(chat.composer().limit().canSend().not().or(chat.closedProperty()));
    send.setOnAction(
        event -> {
          chat.composer().send();
          composer.requestFocus();
        });
    ComposerKeys.bind(composer, enterSends, "a message", chat.composer()::send);
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
    int row = chat.follow().changed(change, chat.puttingInAPage());
    boolean newest = row == change.getList().size() - 1;
    if (row != FollowNewest.STAY) {
      following = true;
      Platform.runLater(
          () -> {
            following = false;
            scrollTo(newest ? list.getItems().size() - 1 : row);
          });
    }
  }

  /**
   * The "seen by" line of {@code messageId}'s row came, went or changed: when that row is the last
   * and the view was at the bottom of the newest messages, the bottom stays in view, scrolled to
   * once the list has laid the row out at its new height (before, it would scroll by the old one)
   * and unless a jump came in between.
   */
  private void keepBottom(String messageId) {
    List<ChatLine> rows = list.getItems();
    bottomAfterLayout |=
        chat.follow().atBottom()
            && chat.showsNewest()
            && !rows.isEmpty()
            && rows.getLast().key().equals(messageId);
  }

  /**
   * Scrolls a row to the top of the view (the last row to the bottom). Away from the newest row,
   * whether the view still reaches the bottom (a short room does) is measured once laid out.
   */
  private void scrollTo(int row) {
    if (row == FollowNewest.STAY) {
      return;
    }
    boolean last = row >= list.getItems().size() - 1;
    scrolling = true;
    list.scrollTo(Math.max(0, row));
    if (last && list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
      flow.setPosition(1); // scrolled to, the last of rows of many heights may stay below the view
    }
    scrolling = false;
    measureAfterLayout |= !last;
  }

  private void watchScrolling() {
    for (Node node : list.lookupAll(".scroll-bar")) {
      if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
        bar.valueProperty()
            .addListener(
                (obs, was, now) -> {
                  olderAfterLayout |= now.doubleValue() <= bar.getMin() && !scrolling;
                  newerAfterLayout |= now.doubleValue() >= bar.getMax() && !scrolling;
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

  /**
   * Where the reader is, once laid out (not before a scroll on its way): whether at the bottom, and
   * whether at either end of the rows shown, where the rows beyond are put in (after this pulse).
   */
  private void measure() {
    if (bottomAfterLayout) {
      bottomAfterLayout = false;
      unlessJumped(() -> scrollTo(list.getItems().size() - 1));
    }
    if (following) {
      return;
    }
    if (measureAfterLayout) {
      measureAfterLayout = false;
      chat.follow().scrolled(ReadersPlace.atLastRow(list) && chat.showsNewest());
    }
    if (olderAfterLayout && ReadersPlace.atFirstRow(list)) {
      unlessJumped(this::loadOlder);
    } else if (newerAfterLayout && ReadersPlace.atLastRow(list)) {
      unlessJumped(this::loadNewer);
    }
    olderAfterLayout = false;
    newerAfterLayout = false;
  }

  /**
   * Runs {@code step} (a scroll, a page put in) once the pulse is over, unless a jump came first: a
   * step measured before it would take the reader away from the message jumped to (a page put in
   * keeps the place it measured, which the jump has left).
   */
  private void unlessJumped(Runnable step) {
    int jumpsBefore = jumps;
    Platform.runLater(
        () -> {
          if (jumps == jumpsBefore) {
            step.run();
          }
        });
  }

  /** Scrolls the message a jump showed into view, with a little context above, and marks it. */
  private void showJumped(String key) {
    jumps++;
    bottomAfterLayout = false;
    olderAfterLayout = false;
    newerAfterLayout = false;
    List<ChatLine> rows = list.getItems();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).key().equals(key)) {
        scrollTo(Math.max(0, i - CONTEXT_ROWS));
        jumpMark.flash(key);
        return;
      }
    }
  }

  /**
   * Keeps the reader's place while newer messages go in below (and older ones out above), unless a
   * jump moved the reader while they were on their way.
   */
  private void loadNewer() {
    ReadersPlace place = ReadersPlace.of(list);
    int jumpsBefore = jumps;
    chat.loadNewer()
        .thenAccept(
            added -> {
              if (added && jumps == jumpsBefore) {
                place.restore(list);
              }
            });
  }

  /**
   * Keeps the reader's place while older messages go in above (and newer ones out below), unless a
   * jump moved the reader while they were on their way.
   */
  private void loadOlder() {
    ReadersPlace place = ReadersPlace.of(list);
    int jumpsBefore = jumps;
    chat.loadOlder()
        .thenAccept(
            added -> {
              if (added > 0 && jumps == jumpsBefore) {
                place.restore(list);
              }
            });
  }
}
