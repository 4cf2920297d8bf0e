package chat.client.ui.chat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Draws one chat row: a day separator, or a message bubble (ours set apart on the right). */
public final class ChatLineCell extends ListCell<ChatLine> {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());

  @Override
  protected void updateItem(ChatLine line, boolean empty) {
    super.updateItem(line, empty);
    setText(null);
    getStyleClass().removeAll("day-row", "own", "pending");
    if (empty || line == null) {
      setGraphic(null);
      setAccessibleText(null);
      return;
    }
    if (line.kind() == ChatLine.Kind.DAY) {
      getStyleClass().add("day-row");
      Label day = new Label(line.content());
      day.getStyleClass().add("day");
      HBox row = new HBox(day);
      row.setAlignment(Pos.CENTER);
      setGraphic(row);
      setAccessibleText(line.content());
      return;
    }
    boolean pending = line.kind() == ChatLine.Kind.PENDING;
    String sender = pending || line.own() ? "You" : line.sender();
    String time = pending ? "Sending…" : TIME.format(Instant.ofEpochMilli(line.timestamp()));
    Label header = new Label(sender + "  ·  " + time);
    header.getStyleClass().add("meta");
    Label content = new Label(line.content());
    content.setWrapText(true);
    content.getStyleClass().add("content");
    VBox bubble = new VBox(2, header, content);
    bubble.getStyleClass().add("bubble");
    bubble.maxWidthProperty().bind(widthProperty().multiply(0.75));
    HBox row = new HBox(bubble);
    row.setAlignment(line.own() ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
    if (line.own()) {
      getStyleClass().add("own");
    }
    if (pending) {
      getStyleClass().add("pending");
    }
    setGraphic(row);
    setAccessibleText(sender + ", " + time + ": " + line.content());
  }
}
