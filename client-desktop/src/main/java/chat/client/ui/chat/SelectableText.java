package chat.client.ui.chat;

import chat.client.ui.emoji.EmojiFlow;
import chat.client.ui.markdown.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A message's text (or one block of it, when its Markdown has several), read-only but selectable:
 * it wraps at {@link #wrapLimitProperty()}, the mouse selects (a drag, or the context menu's Select
 * all) and Ctrl+C or the menu's Copy puts the selection on the clipboard (the whole text when
 * nothing is selected). It is made of {@link Span}s, each a {@code Text} run with its style
 * classes; links are runs that open their target on a click; the menu's Copy address copies the one
 * under the pointer (the text's first when the pointer is on none), and is left out when the text
 * has none (the message's own Copy link, to the message itself, is among its items). Marked spans
 * (the reader's mentions) get a highlight painted behind them. A {@code TextFlow} of {@code Text}
 * runs rather than a {@code TextArea}: it is as tall as its wrapped text, which a variable-height
 * list cell needs, and it keeps links and styles inline, and emoji as colour pictures ({@link
 * EmojiFlow}) while copying gives their code points. The message's own items ({@link
 * #moreMenuItems}: Reply in thread, Edit, Delete…) follow in the menu.
 */
final class SelectableText extends TextFlow {

  /** Emoji are colour pictures this many pixels high, a little above the text's capitals. */
  private static final double EMOJI_SIZE = 18;

  private final String text;
  private final MessageSelection message;
  private final List<String> links;
  private final DoubleProperty wrapLimit = new SimpleDoubleProperty(-1);
  private final Path highlight = new Path();
  private final Path marks = new Path();

  /** The text ranges of the marked spans, start and end in turn. */
  private final List<Integer> marked = new ArrayList<>();

  private final EmojiFlow flow = new EmojiFlow(EMOJI_SIZE);
  private int anchor;
  private int start;
  private int end;
  private boolean dragged;
  private Supplier<List<MenuItem>> moreItems = List::of;

  /**
   * A flow of {@code spans}, one part of {@code message}, whose selection and copying it shares.
   */
  SelectableText(List<Span> spans, Consumer<String> openLink, MessageSelection message) {
    this.message = message;
    message.add(this);
    StringBuilder all = new StringBuilder();
    for (Span span : spans) {
      if (span.marked()) {
        marked.add(all.length());
        marked.add(all.length() + span.text().length());
      }
      all.append(span.text());
    }
    this.text = all.toString();
    this.links = spans.stream().map(Span::link).filter(Objects::nonNull).distinct().toList();
    getStyleClass().add("message-text");
    setFocusTraversable(false);
    setCursor(Cursor.TEXT);
    if (!marked.isEmpty()) {
      marks.setManaged(false);
      marks.getStyleClass().add("mark");
      getChildren().add(marks);
    }
    highlight.setManaged(false);
    highlight.getStyleClass().add("selection");
    getChildren().add(highlight);
    for (Span span : spans) {
      getChildren().addAll(flow.add(span.text(), piece -> run(piece, span, openLink)));
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

  private Text run(String piece, Span span, Consumer<String> openLink) {
    Text run = new Text(piece);
    run.getStyleClass().addAll(span.styles());
    if (span.link() != null) {
      run.setUserData(span.link());
      run.setCursor(Cursor.HAND);
      run.setOnMouseClicked(
          event -> {
            if (event.getButton() == MouseButton.PRIMARY && !dragged) {
              openLink.accept(span.link());
            }
          });
    }
    return run;
  }

  /** The widest the text may be before it wraps; below 0, it does not wrap. */
  DoubleProperty wrapLimitProperty() {
    return wrapLimit;
  }

  String text() {
    return text;
  }

  String selectedText() {
    return text.substring(start, end);
  }

  /** Selects the whole message, every part of it. */
  void selectAll() {
    message.selectAll();
  }

  void selectWhole() {
    select(0, text.length());
  }

  void clearSelection() {
    select(0, 0);
  }

  /**
   * Puts the message's selection, or the whole message when nothing is selected, on the clipboard.
   */
  void copy() {
    toClipboard(message.copied());
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
    paintMarks();
    paintSelection();
  }

  /**
   * Copy, Copy address (copying {@code link}; left out when it is null) and Select all, then the
   * message's own items, if any.
   */
  private ContextMenu menu(String link) {
    ContextMenu menu = new ContextMenu(item("Copy", this::copy));
    if (link != null) {
      menu.getItems().add(item("Copy address", () -> toClipboard(link)));
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
        && run.getUserData() instanceof String link) {
      return link;
    }
    return links.isEmpty() ? null : links.getFirst();
  }

  private void pressed(MouseEvent event) {
    if (event.getButton() != MouseButton.PRIMARY) {
      return;
    }
    requestFocus();
    dragged = false;
    message.clear();
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

  private void paintMarks() {
    if (marked.isEmpty()) {
      return;
    }
    List<PathElement> shapes = new ArrayList<>();
    for (int i = 0; i < marked.size(); i += 2) {
      shapes.addAll(
          List.of(
              getRangeShape(flow.toFlow(marked.get(i)), flow.toFlow(marked.get(i + 1)), false)));
    }
    marks.getElements().setAll(shapes);
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
