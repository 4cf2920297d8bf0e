package chat.client.ui.chat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Draws one chat row: a day separator, or a message bubble (ours set apart on the right) whose web
 * links open in the browser.
 */
public final class ChatLineCell extends ListCell<ChatLine> {

  private final Consumer<String> openLink;

  public ChatLineCell(Consumer<String> openLink) {
    this.openLink = openLink;
  }

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
    VBox bubble = new VBox(2, header, content(line.content()));
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

  /** A plain label, or (only when there are links, as it costs more) a flow with hyperlinks. */
  private Node content(String text) {
    List<Links.Segment> segments = Links.split(text);
    if (segments.stream().noneMatch(Links.Segment::link)) {
      Label content = new Label(text);
      content.setWrapText(true);
      content.getStyleClass().add("content");
      return content;
    }
    TextFlow flow = new TextFlow();
    for (Links.Segment segment : segments) {
      if (segment.link()) {
        Hyperlink link = new Hyperlink(segment.text());
        link.setOnAction(event -> openLink.accept(segment.text()));
        flow.getChildren().add(link);
      } else {
        Text plain = new Text(segment.text());
        plain.getStyleClass().add("content-text");
        flow.getChildren().add(plain);
      }
    }
    return flow;
  }
}
