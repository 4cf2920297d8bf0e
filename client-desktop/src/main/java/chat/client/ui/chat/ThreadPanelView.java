package chat.client.ui.chat;

import chat.client.ui.Views;
import chat.client.ui.emoji.TextAreaEmoji;
import chat.client.ui.files.AttachmentParts;
import chat.client.ui.markdown.LinkPrompt;
import chat.client.ui.markdown.MessageMarkdown;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/**
 * Binds the thread panel to a {@link ThreadViewModel}: the header names the room and closes the
 * panel, the list draws rows as the conversation does (Markdown, links asked first) and follows new
 * replies while the reader is at the bottom (ours always), scrolling to the top puts in older
 * replies (keeping the reader's place), and the composer sends with the keys of {@link
 * ComposerKeys}. Edit on a row, or Up in the empty composer for the reader's last reply, edits in
 * this composer ({@link EditKeys}). Files go with a reply as with a message ({@link
 * AttachControls}): the attach button, a drop on the panel, or a paste in its composer.
 */
public final class ThreadPanelView {

  private final ThreadViewModel thread;
  private final ObservableBooleanValue enterSends;
  private final Consumer<String> openLink;
  private final MessageMenu menu;
  private AttachmentParts files;

  @FXML private VBox panel;
  @FXML private Label roomLabel;
  @FXML private Button closeButton;
  @FXML private ListView<ChatLine> replyList;
  @FXML private Label noticeLabel;
  @FXML private Label editingLabel;
  @FXML private TextArea composer;
  @FXML private Label counterLabel;
  @FXML private Button sendButton;
  @FXML private Button attachButton;
  @FXML private VBox attachmentTray;
  @FXML private CheckBox alsoInRoom;

  /**
   * @param enterSends whether Enter sends (else Ctrl+Enter), as the user chose
   * @param openLink opens a web link from a message in the user's browser
   * @param menu the rows' message menu (edit, delete, react, pin), the room's
   */
  public ThreadPanelView(
      ThreadViewModel thread,
      ObservableBooleanValue enterSends,
      Consumer<String> openLink,
      MessageMenu menu) {
    this.thread = thread;
    this.enterSends = enterSends;
    this.openLink = openLink;
    this.menu = menu;
  }

  /** Shows the replies' files through {@code parts}; without it, none show. */
  public ThreadPanelView showingFiles(AttachmentParts parts) {
    this.files = parts;
    return this;
  }

  public Parent load() {
    return Views.load("ThreadPanel.fxml", this);
  }

  /** Puts the keyboard in the composer: a thread is opened to be answered. */
  public void focusComposer() {
    composer.requestFocus();
  }

  @FXML
  private void initialize() {
    roomLabel.textProperty().bind(thread.roomNameProperty());
    closeButton.setOnAction(event -> thread.openProperty().set(false));
    // No Retry on these rows: a reply refused for good comes back to this composer, with the
    // notice saying why (ThreadViewModel.refused); one still queued shows pending here.
    MessageMarkdown markdown = new MessageMarkdown(thread.readerName());
    Consumer<String> askFirst = new LinkPrompt(openLink, () -> replyList.getScene().getWindow());
    ThreadComposer reply = thread.composer();
    MessageMenu here = menu.editingIn(line -> reply.edit(line.message()));
    replyList.setCellFactory(
        view -> new ChatLineCell(markdown, askFirst, line -> {}, here, null).showingFiles(files));
    replyList.setItems(thread.lines());
    thread.lines().addListener(this::rowsChanged);
    replyList.skinProperty().addListener((obs, old, skin) -> watchTop());
    noticeLabel.textProperty().bind(thread.noticeProperty());
    composer.textProperty().bindBidirectional(reply.draftProperty());
    TextAreaEmoji.show(composer);
    alsoInRoom.selectedProperty().bindBidirectional(reply.alsoInRoomProperty());
    alsoInRoom.disableProperty().bind(reply.encryptedProperty());
    ComposerKeys.bindLimit(reply.limit(), counterLabel, sendButton);
    sendButton.setOnAction(
        event -> {
          reply.send();
          composer.requestFocus();
        });
    ComposerKeys.bind(composer, enterSends, "a reply", reply::send);
    EditKeys.bind(composer, reply.editing(), reply::editLast, editingLabel);
    new AttachControls(reply.attachments()).bind(attachButton, attachmentTray, panel, composer);
  }

  private void rowsChanged(ListChangeListener.Change<? extends ChatLine> change) {
    int row = thread.follow().changed(change, thread.puttingInAPage());
    if (row != FollowNewest.STAY) {
      Platform.runLater(() -> replyList.scrollTo(Math.min(row, replyList.getItems().size() - 1)));
    }
  }

  /** At the top, older replies go in; at the bottom, new ones are followed. */
  private void watchTop() {
    for (Node node : replyList.lookupAll(".scroll-bar")) {
      if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
        bar.valueProperty()
            .addListener(
                (obs, was, now) -> {
                  thread.follow().scrolled(now.doubleValue() >= bar.getMax());
                  if (now.doubleValue() <= bar.getMin()) {
                    Platform.runLater(this::loadOlder);
                  }
                });
      }
    }
  }

  private void loadOlder() {
    ReadersPlace place = ReadersPlace.of(replyList);
    thread
        .loadOlder()
        .thenAccept(
            added -> {
              if (added > 0) {
                place.restore(replyList);
              }
            });
  }
}
