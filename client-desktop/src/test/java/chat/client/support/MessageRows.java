package chat.client.support;

import chat.client.ui.chat.ChatLine;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;

/**
 * The rows of an app's message lists as a test reaches them: the cell showing a message, the labels
 * in it, its text and its context menu. Apart from {@link AppDriver}, which drives the whole app,
 * because finding a row among recycled cells takes care of its own.
 */
public final class MessageRows {

  private final AppDriver app;

  MessageRows(AppDriver app) {
    this.app = app;
  }

  /** The message list's cell showing {@code content}, or null when no cell shows it. */
  public ListCell<?> cellShowing(String content) {
    return cellShowing("#messages", content);
  }

  /** The cell of the list {@code list} finds that shows {@code content}, or null. */
  public ListCell<?> cellShowing(String list, String content) {
    ListView<ChatLine> messages = app.list(list);
    return messages.lookupAll(".list-cell").stream()
        // shown(): the list's hidden measuring cell holds a row for a moment during layout, too
        .filter(
            n -> n instanceof ListCell<?> cell && AppDriver.shown(cell) && cell.getScene() != null)
        .map(n -> (ListCell<?>) n)
        .filter(c -> c.getItem() instanceof ChatLine line && line.content().equals(content))
        .findFirst()
        .orElse(null);
  }

  /**
   * The text of the label {@code query} finds in the row showing {@code content} (a root's "2
   * replies", ".thread-count"), or empty while no row shows it or it has no such label.
   */
  public String textInRow(String content, String query) {
    AtomicReference<String> text = new AtomicReference<>("");
    app.robot()
        .interact(
            () -> {
              ListCell<?> cell = cellShowing(content);
              Node node = cell == null ? null : cell.lookup(query);
              text.set(node instanceof Labeled labeled ? labeled.getText() : "");
            });
    return text.get();
  }

  /**
   * Opens the context menu of the message showing {@code content}, as a right click on its text
   * does on a desktop: headless Monocle turns no click into a menu request, so this sends the
   * request.
   */
  public void openMenuOn(String content) {
    openMenuOn("#messages", content);
  }

  /** Opens the context menu of the message showing {@code content} in the list {@code list}. */
  public void openMenuOn(String list, String content) {
    requestMenu(messageText(list, content));
    AppDriver.waitFor("the menu", () -> app.exists("Select all"));
  }

  /**
   * Sends {@code node} the context-menu request a right click on its middle makes on a desktop
   * (headless Monocle makes none).
   */
  public void requestMenu(Node body) {
    app.robot()
        .interact(
            () -> {
              Bounds local = body.getBoundsInLocal();
              Point2D inScene = body.localToScene(local.getCenterX(), local.getCenterY());
              Point2D onScreen = body.localToScreen(local.getCenterX(), local.getCenterY());
              body.fireEvent(
                  new ContextMenuEvent(
                      ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                      local.getCenterX(),
                      local.getCenterY(),
                      onScreen.getX(),
                      onScreen.getY(),
                      false,
                      new PickResult(body, inScene.getX(), inScene.getY())));
            });
  }

  /**
   * The text of the message showing {@code content}, once a cell shows it: looked up on the FX
   * thread, where no cell is half way through taking a new row.
   */
  public Node messageText(String content) {
    return messageText("#messages", content);
  }

  private Node messageText(String list, String content) {
    AtomicReference<Node> text = new AtomicReference<>();
    AppDriver.waitFor(
        "the text of '" + content + "'",
        () -> {
          app.robot().interact(() -> text.set(textOf(list, content)));
          return text.get() != null;
        });
    return text.get();
  }

  private Node textOf(String list, String content) {
    ListCell<?> cell = cellShowing(list, content);
    return cell == null ? null : cell.lookup(".message-text");
  }

  /**
   * Whether a row showing {@code content} lies within the message list's visible area. Read on the
   * FX thread: working out a node's bounds fills caches that the FX thread's pulse fills too.
   */
  public boolean onScreenInMessages(String content) {
    AtomicBoolean shown = new AtomicBoolean();
    app.robot().interact(() -> shown.set(inVisibleArea(content)));
    return shown.get();
  }

  /**
   * Whether the node {@code query} finds in the row showing {@code content} (its ".seen-by" line)
   * lies within the message list's visible area.
   */
  public boolean onScreenInMessages(String content, String query) {
    AtomicBoolean shown = new AtomicBoolean();
    app.robot().interact(() -> shown.set(inVisibleArea(content, query)));
    return shown.get();
  }

  private boolean inVisibleArea(String content) {
    return inVisibleArea(content, null);
  }

  private boolean inVisibleArea(String content, String query) {
    ListCell<?> cell = cellShowing(content);
    Node part = cell == null || query == null ? cell : cell.lookup(query);
    if (part == null || !part.isVisible()) {
      return false;
    }
    ListView<ChatLine> messages = app.list("#messages");
    Bounds shown = messages.localToScreen(messages.getBoundsInLocal());
    Bounds at = part.localToScreen(part.getBoundsInLocal());
    return at != null
        && shown != null
        && at.getMinY() >= shown.getMinY() - 1
        && at.getMaxY() <= shown.getMaxY() + 1;
  }

  /** The contents of the messages the list {@code list} finds shows, pending rows left out. */
  public List<String> contents(String list) {
    return app.<ChatLine>list(list).getItems().stream()
        .filter(l -> l.kind() == ChatLine.Kind.MESSAGE)
        .map(ChatLine::content)
        .toList();
  }
}
