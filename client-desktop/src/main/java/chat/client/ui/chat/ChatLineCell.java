package chat.client.ui.chat;

import chat.client.ui.files.AttachmentParts;
import chat.client.ui.markdown.MessageMarkdown;
import chat.client.ui.markdown.Span;
import chat.protocol.model.Attachment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleExpression;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.collections.WeakMapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Draws one chat row: a day separator, the "New messages" line, or a message bubble (ours set apart
 * on the right). A bubble is made of parts, so that edits, reactions, threads and attachments can
 * each add theirs: a header (name and time, only on the first message of a group), the body (the
 * wrapped, selectable text, drawn from its Markdown by {@link MessageMarkdown}; "This message was
 * deleted" for a tombstone, and in italics why a message of an encrypted room has no text here),
 * "(edited)" once edited, the reactions' chips ({@link ReactionChips}), a thread's summary under a
 * root and a link to its thread over a reply also posted to the room ({@link ThreadSummaryPart}),
 * and, for ours, a footer with its state (sending, sent, or not sent with Retry). Under a message
 * others have read up to, "Seen by bob, carol" ({@link #showingSeenBy}). A sent message's menu
 * offers "Reply in thread", then {@link MessageMenu}'s items.
 */
public final class ChatLineCell extends ListCell<ChatLine> {

  /** Bubbles take at most this share of the list's width. */
  private static final double BUBBLE_SHARE = 0.75;

  /**
   * The longest a line of text gets, in ems: about 75 characters of prose, a line length that reads
   * well, so that a 4K window does not make lines thousands of pixels long.
   */
  private static final double MEASURE_EMS = 36;

  /** The cell's and the bubble's horizontal padding and the scroll bar, taken off the text. */
  private static final double CHROME = 60;

  private final MessageMarkdown markdown;
  private final Consumer<String> openLink;
  private final Consumer<ChatLine> retry;
  private final MessageMenu menu;
  private final Consumer<String> openThread;
  private AttachmentParts files;
  private ObservableMap<String, String> seenBy;
  private ChatLine shown;

  /** The "seen by" line of the row shown, null when it has none. */
  private Label seenLine;

  /** Follows the "seen by" of the row shown; held here, as the map only holds it weakly. */
  private final MapChangeListener<String, String> seenChanged =
      change -> {
        if (seenLine != null && change.getKey().equals(shown.key())) {
          showSeen(change.getMap().get(change.getKey()));
        }
      };

  /**
   * @param openThread opens the thread of a root's id; null in a thread's own panel, whose rows
   *     offer no thread to open
   */
  public ChatLineCell(
      MessageMarkdown markdown,
      Consumer<String> openLink,
      Consumer<ChatLine> retry,
      MessageMenu menu,
      Consumer<String> openThread) {
    this.markdown = markdown;
    this.openLink = openLink;
    this.retry = retry;
    this.menu = menu;
    this.openThread = openThread;
    // Built when asked for, not with every row: most rows' menus are never opened.
    setOnContextMenuRequested(
        event -> {
          List<MenuItem> items = shown == null || !shown.isMessage() ? List.of() : menuItems(shown);
          if (!items.isEmpty()) {
            new ContextMenu(items.toArray(MenuItem[]::new))
                .show(this, event.getScreenX(), event.getScreenY());
          }
          event.consume();
        });
  }

  /**
   * Shows each message's files under its text through {@code parts} (none on a tombstone); without
   * it, none show.
   */
  ChatLineCell showingFiles(AttachmentParts parts) {
    this.files = parts;
    return this;
  }

  /**
   * Shows under each message the "Seen by bob, carol" that {@code seenBy} holds for its messageId,
   * following it as it changes while the row is shown; without it, none show.
   */
  ChatLineCell showingSeenBy(ObservableMap<String, String> seenBy) {
    this.seenBy = seenBy;
    seenBy.addListener(new WeakMapChangeListener<>(seenChanged));
    return this;
  }

  @Override
  protected void updateItem(ChatLine line, boolean empty) {
    super.updateItem(line, empty);
    if (!empty && line != null && line.equals(shown) && getGraphic() != null) {
      return; // the same row again: keep its nodes, and the reader's selection in them
    }
    shown = empty ? null : line;
    seenLine = null;
    setText(null);
    getStyleClass()
        .removeAll(
            "day-row",
            "unread-row",
            "own",
            "pending",
            "failed",
            "grouped",
            "deleted",
            "unreadable");
    if (empty || line == null) {
      setGraphic(null);
      setAccessibleText(null);
      return;
    }
    switch (line.kind()) {
      case DAY -> marker("day-row", "day", line.content());
      case UNREAD -> marker("unread-row", "unread", line.content());
      case MESSAGE, PENDING, FAILED -> message(line);
    }
  }

  private void marker(String rowClass, String labelClass, String text) {
    getStyleClass().add(rowClass);
    Label label = new Label(text);
    label.getStyleClass().add(labelClass);
    Region before = rule();
    Region after = rule();
    HBox row = new HBox(8, before, label, after);
    row.setAlignment(Pos.CENTER);
    setGraphic(row);
    setAccessibleText(text);
  }

  private static Region rule() {
    Region rule = new Region();
    rule.getStyleClass().add("rule");
    HBox.setHgrow(rule, Priority.ALWAYS);
    return rule;
  }

  private void message(ChatLine line) {
    String sender = line.own() ? "You" : line.sender();
    String time = BubbleLabels.time(line.timestamp());
    List<Node> parts = new ArrayList<>(5);
    if (line.groupStart()) {
      parts.add(BubbleLabels.header(sender, time));
    } else {
      getStyleClass().add("grouped");
    }
    if (line.repliedIn() != null && openThread != null) {
      parts.add(ThreadSummaryPart.link(line.repliedIn(), () -> openThread.accept(rootOf(line))));
    }
    if (line.deleted()) {
      withoutText(line, sender, time, parts, "This message was deleted", "deleted");
      return;
    }
    if (line.kind() == ChatLine.Kind.MESSAGE && !line.note().isEmpty()) {
      withoutText(line, sender, time, parts, line.note(), "unreadable");
      return;
    }
    DoubleExpression width = textWidth();
    MessageSelection selection = new MessageSelection();
    List<Attachment> attached = line.attachments();
    if (attached.isEmpty() || !line.content().isBlank()) {
      parts.add(
          markdown.render(
              line.content(),
              line.mentioned(),
              (spans, wraps) -> text(spans, wraps, width, selection, line),
              width));
    }
    String state = "";
    Node filesPart = files == null ? null : files.of(attached);
    if (filesPart != null) {
      parts.add(filesPart);
      state += AttachmentParts.spoken(attached);
    }
    if (line.editedAt() != null) {
      parts.add(BubbleLabels.edited(line.editedAt()));
      state += ", edited";
    }
    Node chips = ReactionChips.of(line, menu.actions(), anchor -> menu.react(line, anchor));
    if (chips != null) {
      parts.add(chips);
      state += ", " + line.reactions().size() + " reactions";
    }
    String threadText = threadSummary(line, parts);
    if (line.own()) {
      Node footer = footer(line);
      parts.add(footer);
      state += footer.getAccessibleText();
    }
    VBox bubble = new VBox(2);
    bubble.getChildren().setAll(parts);
    bubble.getStyleClass().add("bubble");
    HBox row = new HBox(bubble);
    row.setAlignment(line.own() ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
    if (line.own()) {
      getStyleClass().add("own");
    }
    switch (line.kind()) {
      case PENDING -> getStyleClass().add("pending");
      case FAILED -> getStyleClass().add("failed");
      case MESSAGE, DAY, UNREAD -> {}
    }
    setGraphic(withSeenBy(row, line));
    setAccessibleText(sender + ", " + time + ": " + selection.text() + threadText + state);
  }

  /**
   * The widest a message's text may be: a share of the list's width, but never more than {@link
   * #MEASURE_EMS} of the row's font however wide the window (none without a list).
   */
  private DoubleExpression textWidth() {
    if (getListView() == null) {
      return new ReadOnlyDoubleWrapper(-1);
    }
    return Bindings.createDoubleBinding(
        () ->
            Math.min(
                getListView().getWidth() * BUBBLE_SHARE - CHROME,
                MEASURE_EMS * getFont().getSize()),
        getListView().widthProperty(),
        fontProperty());
  }

  /** One block of {@code line}'s text; the row's menu items follow the text's own in its menu. */
  private SelectableText text(
      List<Span> spans,
      boolean wraps,
      DoubleExpression width,
      MessageSelection selection,
      ChatLine line) {
    SelectableText text = new SelectableText(spans, openLink, selection);
    if (wraps) {
      text.wrapLimitProperty().bind(width);
    }
    text.moreMenuItems(() -> menuItems(line));
    return text;
  }

  /** {@code line}'s menu items: "Reply in thread" (outside a thread's panel), then the menu's. */
  private List<MenuItem> menuItems(ChatLine line) {
    List<MenuItem> items = new ArrayList<>();
    if (line.kind() == ChatLine.Kind.MESSAGE && !line.deleted() && openThread != null) {
      MenuItem reply = new MenuItem("Reply in thread");
      reply.setId("message-reply-in-thread");
      reply.setOnAction(event -> openThread.accept(rootOf(line)));
      items.add(reply);
    }
    items.addAll(menu.items(line, this));
    return items;
  }

  /** A root's thread summary, added to {@code parts}; what it says aloud ("" for other rows). */
  private String threadSummary(ChatLine line, List<Node> parts) {
    if (line.thread() == null || openThread == null) {
      return "";
    }
    long now = System.currentTimeMillis();
    parts.add(ThreadSummaryPart.of(line.thread(), now, () -> openThread.accept(line.key())));
    return ", " + line.thread().spoken(now);
  }

  /** The thread a message's row opens: its own, or, for a reply, its root's. */
  private static String rootOf(ChatLine line) {
    return line.repliedIn() == null ? line.key() : line.repliedIn().rootId();
  }

  /**
   * A message without its text: deleted (a tombstone, no menu), or of an encrypted room and not
   * readable here. Its place, header and thread are kept; {@code why} stands in for its text, and
   * {@code rowClass} marks the row (its label is {@code rowClass-text}).
   */
  private void withoutText(
      ChatLine line, String sender, String time, List<Node> parts, String why, String rowClass) {
    Label gone = new Label(why);
    gone.setWrapText(true);
    gone.getStyleClass().add(rowClass + "-text");
    parts.add(gone);
    String threadText = threadSummary(line, parts);
    VBox bubble = new VBox(2);
    bubble.getChildren().setAll(parts);
    bubble.getStyleClass().add("bubble");
    HBox row = new HBox(bubble);
    row.setAlignment(line.own() ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
    getStyleClass().add(rowClass);
    if (line.own()) {
      getStyleClass().add("own");
    }
    setGraphic(withSeenBy(row, line));
    setAccessibleText(sender + ", " + time + ": " + why + threadText);
  }

  /**
   * {@code row} with the "seen by" line of its message under it, on the bubble's side: there even
   * while empty, so that a reader arriving shows without making the row again.
   */
  private Node withSeenBy(HBox row, ChatLine line) {
    if (seenBy == null || line.kind() != ChatLine.Kind.MESSAGE) {
      return row;
    }
    seenLine = new Label();
    seenLine.getStyleClass().add("seen-by");
    showSeen(seenBy.get(line.key()));
    VBox withSeen = new VBox(2, row, seenLine);
    withSeen.setAlignment(line.own() ? Pos.TOP_RIGHT : Pos.TOP_LEFT);
    return withSeen;
  }

  private void showSeen(String text) {
    boolean any = text != null && !text.isEmpty();
    seenLine.setText(any ? text : "");
    seenLine.setVisible(any);
    seenLine.setManaged(any);
  }

  /** Ours: "Sending…", a tick once the server has it, or the refusal with Retry. */
  private Node footer(ChatLine line) {
    Label state = new Label();
    state.getStyleClass().addAll("meta", "state");
    HBox footer = new HBox(6, state);
    footer.setAlignment(Pos.CENTER_RIGHT);
    switch (line.kind()) {
      case PENDING -> {
        state.setText("Sending…");
        footer.setAccessibleText(", sending");
      }
      case FAILED -> {
        state.setText("Not sent: " + line.note());
        state.setWrapText(true);
        Hyperlink again = new Hyperlink("Retry");
        again.getStyleClass().add("retry");
        again.setOnAction(event -> retry.accept(line));
        footer.getChildren().add(again);
        footer.setAccessibleText(", not sent: " + line.note());
      }
      case MESSAGE, DAY, UNREAD -> {
        state.setText("✓ Sent");
        footer.setAccessibleText(", sent");
      }
    }
    return footer;
  }
}
