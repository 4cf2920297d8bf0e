package chat.client.ui.chat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Draws one chat row: a day separator, the "New messages" line, or a message bubble (ours set apart
 * on the right). A bubble is made of parts, so that edits, reactions, threads and attachments can
 * each add theirs: a header (name and time, only on the first message of a group), the body (the
 * wrapped, selectable text; "This message was deleted" for a tombstone), "(edited)" once edited,
 * the reactions' chips ({@link ReactionChips}) and, for ours, a footer with its state (sending,
 * sent, or not sent with Retry). A sent message's menu is {@link MessageMenu}'s.
 */
public final class ChatLineCell extends ListCell<ChatLine> {

  /** Bubbles take at most this share of the list's width. */
  private static final double BUBBLE_SHARE = 0.75;

  /** The cell's and the bubble's horizontal padding and the scroll bar, taken off the text. */
  private static final double CHROME = 60;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());

  private static final DateTimeFormatter EDITED_AT =
      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

  private final Consumer<String> openLink;
  private final Consumer<ChatLine> retry;
  private final MessageMenu menu;
  private ChatLine shown;

  public ChatLineCell(Consumer<String> openLink, Consumer<ChatLine> retry, MessageMenu menu) {
    this.openLink = openLink;
    this.retry = retry;
    this.menu = menu;
    // Built when asked for, not with every row: most rows' menus are never opened.
    setOnContextMenuRequested(
        event -> {
          ContextMenu rowMenu = shown == null || !shown.isMessage() ? null : menu.of(shown, this);
          if (rowMenu != null) {
            rowMenu.show(this, event.getScreenX(), event.getScreenY());
          }
          event.consume();
        });
  }

  @Override
  protected void updateItem(ChatLine line, boolean empty) {
    super.updateItem(line, empty);
    if (!empty && line != null && line.equals(shown) && getGraphic() != null) {
      return; // the same row again: keep its nodes, and the reader's selection in them
    }
    shown = empty ? null : line;
    setText(null);
    getStyleClass()
        .removeAll("day-row", "unread-row", "own", "pending", "failed", "grouped", "deleted");
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
    String time = TIME.format(Instant.ofEpochMilli(line.timestamp()));
    List<Node> parts = new ArrayList<>(3);
    if (line.groupStart()) {
      parts.add(header(sender, time));
    } else {
      getStyleClass().add("grouped");
    }
    if (line.deleted()) {
      tombstone(line, sender, time, parts);
      return;
    }
    SelectableText body = new SelectableText(line.content(), openLink);
    if (getListView() != null) {
      body.wrapLimitProperty()
          .bind(
              Bindings.createDoubleBinding(
                  () -> getListView().getWidth() * BUBBLE_SHARE - CHROME,
                  getListView().widthProperty()));
    }
    body.moreMenuItems(() -> menu.items(line, this));
    parts.add(body);
    String state = "";
    if (line.editedAt() != null) {
      parts.add(edited(line.editedAt()));
      state += ", edited";
    }
    Node chips = ReactionChips.of(line, menu.actions(), anchor -> menu.react(line, anchor));
    if (chips != null) {
      parts.add(chips);
      state += ", " + line.reactions().size() + " reactions";
    }
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
    setGraphic(row);
    setAccessibleText(sender + ", " + time + ": " + line.content() + state);
  }

  /** A deleted message: its place and header kept, its text gone, no menu. */
  private void tombstone(ChatLine line, String sender, String time, List<Node> parts) {
    Label gone = new Label("This message was deleted");
    gone.getStyleClass().add("deleted-text");
    parts.add(gone);
    VBox bubble = new VBox(2);
    bubble.getChildren().setAll(parts);
    bubble.getStyleClass().add("bubble");
    HBox row = new HBox(bubble);
    row.setAlignment(line.own() ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
    getStyleClass().add("deleted");
    if (line.own()) {
      getStyleClass().add("own");
    }
    setGraphic(row);
    setAccessibleText(sender + ", " + time + ": this message was deleted");
  }

  /** "(edited)", with the time of the edit on hover. */
  private static Node edited(long editedAt) {
    Label edited = new Label("(edited)");
    edited.getStyleClass().addAll("meta", "edited");
    edited.setTooltip(new Tooltip("Edited " + EDITED_AT.format(Instant.ofEpochMilli(editedAt))));
    return edited;
  }

  private static Node header(String sender, String time) {
    Label name = new Label(sender);
    name.getStyleClass().add("sender");
    Label at = new Label(time);
    at.getStyleClass().add("meta");
    HBox header = new HBox(8, name, at);
    header.setAlignment(Pos.BASELINE_LEFT);
    return header;
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
