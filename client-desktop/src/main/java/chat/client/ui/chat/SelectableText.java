package chat.client.ui.chat;

import chat.client.ui.emoji.EmojiFlow;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A message's text, read-only but selectable: it wraps at {@link #wrapLimitProperty()}, the mouse
 * selects (a drag, or the context menu's Select all) and Ctrl+C or the menu's Copy puts the
 * selection on the clipboard (the whole text when nothing is selected). Web links are inline runs
 * that open on a click; the menu's Copy link copies the one under the pointer (the message's first
 * when the pointer is on none), and is left out when the message has none. A {@code TextFlow} of
 * {@code Text} runs rather than a {@code TextArea}: it is as tall as its wrapped text, which a
 * variable-height list cell needs, and it keeps links inline, and emoji as colour pictures ({@link
 * EmojiFlow}) while copying gives their code points.
 */
final class SelectableText extends TextFlow {

  /** Emoji are colour pictures this many pixels high, a little above the text's capitals. */
  private static final double EMOJI_SIZE = 18;

  private final String text;
  private final List<String> links;
  private final DoubleProperty wrapLimit = new SimpleDoubleProperty(-1);
  private final Path highlight = new Path();
  private final EmojiFlow flow = new EmojiFlow(EMOJI_SIZE);
  private int anchor;
  private int start;
  private int end;
  private boolean dragged;
  private Supplier<List<MenuItem>> moreItems = List::of;

  SelectableText(String text, Consumer<String> openLink) {
    this.text = text;
    this.links =
        Links.split(text).stream().filter(Links.Segment::link).map(Links.Segment::text).toList();
    getStyleClass().add("message-text");
    setFocusTraversable(false);
    setCursor(Cursor.TEXT);
    highlight.setManaged(false);
    highlight.getStyleClass().add("selection");
    getChildren().add(highlight);
    for (Links.Segment segment : Links.split(text)) {
      getChildren().addAll(flow.add(segment.text(), piece -> run(piece, segment, openLink)));
    }
    wrapLimit.addListener(observable -> requestLayout());
    addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
    addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
    addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    setOnContextMenuRequested(
        event -> {
          menu(linkAt(event)).show(this, event.getScreenX(), event.getScreenY());
          event.consume();
        });
  }

  private Text run(String piece, Links.Segment segment, Consumer<String> openLink) {
    Text run = new Text(piece);
    run.getStyleClass().add(segment.link() ? "link-text" : "content-text");
    if (segment.link()) {
      run.setCursor(Cursor.HAND);
      run.setOnMouseClicked(
          event -> {
            if (event.getButton() == MouseButton.PRIMARY && !dragged) {
              openLink.accept(segment.text());
            }
          });
    }
    return run;
  }

  /** The widest the text may be before it wraps; below 0, it does not wrap. */
  DoubleProperty wrapLimitProperty() {
    return wrapLimit;
  }

  String selectedText() {
    return text.substring(start, end);
  }

  void selectAll() {
    select(0, text.length());
  }

  /** Puts the selection, or the whole text when nothing is selected, on the clipboard. */
  void copy() {
    toClipboard(start == end ? text : selectedText());
  }

  private static void toClipboard(String copied) {
    ClipboardContent content = new ClipboardContent();
    content.putString(copied);
    Clipboard.getSystemClipboard().setContent(content);
  }

  @Override
  protected double computePrefWidth(double height) {
    double natural = super.computePrefWidth(height);
    return wrapLimit.get() > 0 ? Math.min(natural, wrapLimit.get()) : natural;
  }

  @Override
  protected double computePrefHeight(double width) {
    return super.computePrefHeight(width < 0 && wrapLimit.get() > 0 ? wrapLimit.get() : width);
  }

  @Override
  protected void layoutChildren() {
    super.layoutChildren();
    paintSelection();
  }

  /**
   * Copy, Copy link (copying {@code link}; left out when it is null) and Select all, then the
   * message's own items, if any.
   */
  private ContextMenu menu(String link) {
    ContextMenu menu = new ContextMenu(item("Copy", this::copy));
    if (link != null) {
      menu.getItems().add(item("Copy link", () -> toClipboard(link)));
    }
    menu.getItems().add(item("Select all", this::selectAll));
    List<MenuItem> messageItems = moreItems.get();
    if (!messageItems.isEmpty()) {
      menu.getItems().add(new SeparatorMenuItem());
      menu.getItems().addAll(messageItems);
    }
    return menu;
  }

  /** Items of the message's own menu (edit, delete, react, pin) shown after the text's own. */
  void moreMenuItems(Supplier<List<MenuItem>> items) {
    moreItems = items;
  }

  private static MenuItem item(String label, Runnable action) {
    MenuItem item = new MenuItem(label);
    item.setOnAction(event -> action.run());
    return item;
  }

  /** The link the menu was asked for on, else the message's first link; null when it has none. */
  private String linkAt(ContextMenuEvent event) {
    if (event.getPickResult().getIntersectedNode() instanceof Text run
        && run.getStyleClass().contains("link-text")) {
      return run.getText();
    }
    return links.isEmpty() ? null : links.getFirst();
  }

  private void pressed(MouseEvent event) {
    if (event.getButton() != MouseButton.PRIMARY) {
      return;
    }
    requestFocus();
    dragged = false;
    anchor = indexAt(event);
    select(anchor, anchor);
    event.consume(); // the list would otherwise take the focus and select the row
  }

  private void dragged(MouseEvent event) {
    if (event.getButton() == MouseButton.PRIMARY) {
      dragged = true;
      int at = indexAt(event);
      select(Math.min(anchor, at), Math.max(anchor, at));
      event.consume();
    }
  }

  private void keyPressed(KeyEvent event) {
    if (event.isShortcutDown() && event.getCode() == KeyCode.C) {
      copy();
      event.consume();
    } else if (event.isShortcutDown() && event.getCode() == KeyCode.A) {
      selectAll();
      event.consume();
    }
  }

  private int indexAt(MouseEvent event) {
    Point2D local = sceneToLocal(event.getSceneX(), event.getSceneY());
    return flow.toText(getHitInfo(local).getInsertionIndex());
  }

  private void select(int from, int to) {
    start = from;
    end = to;
    paintSelection();
  }

  private void paintSelection() {
    highlight
        .getElements()
        .setAll(
            start == end
                ? List.of()
                : List.of(getRangeShape(flow.toFlow(start), flow.toFlow(end), false)));
  }
}
