package chat.client.ui.search;

import chat.client.ui.emoji.EmojiFlow;
import chat.client.ui.emoji.EmojiText;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One search result: its room, sender and time over the snippet, whose matched words are drawn
 * marked. Each part of the snippet is a text node of its own, so nothing in a message is ever read
 * as markup. Showing the last result asks for the next page.
 */
final class SearchResultCell extends ListCell<SearchResult> {

  /** The cell's padding and the scroll bar, taken off the snippet's width. */
  private static final double CHROME = 40;

  /** Emoji are colour pictures this many pixels high. */
  private static final double EMOJI_SIZE = 16;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
          .withZone(ZoneId.systemDefault());

  private final Runnable lastShown;

  SearchResultCell(Runnable lastShown) {
    this.lastShown = lastShown;
  }

  @Override
  protected void updateItem(SearchResult result, boolean empty) {
    super.updateItem(result, empty);
    setText(null);
    if (empty || result == null) {
      setGraphic(null);
      setAccessibleText(null);
      return;
    }
    Label room = new Label();
    room.getStyleClass().add("search-room");
    EmojiText.show(room, result.roomName(), EMOJI_SIZE);
    Label sender = new Label();
    sender.getStyleClass().add("search-sender");
    EmojiText.show(sender, result.message().senderName(), EMOJI_SIZE);
    String time = TIME.format(Instant.ofEpochMilli(result.message().timestamp()));
    Label when = new Label(time);
    when.getStyleClass().add("search-time");
    TextFlow snippet = new TextFlow();
    snippet.getStyleClass().add("search-snippet");
    EmojiFlow pictures = new EmojiFlow(EMOJI_SIZE);
    for (Snippet.Part part : result.snippet().parts()) {
      snippet
          .getChildren()
          .addAll(
              pictures.add(
                  part.text(),
                  piece -> {
                    Text text = new Text(piece);
                    text.getStyleClass().add(part.matched() ? "search-match" : "search-text");
                    return text;
                  }));
    }
    snippet.prefWidthProperty().bind(getListView().widthProperty().subtract(CHROME));
    setGraphic(new VBox(2, new HBox(8, room, sender, when), snippet));
    setAccessibleText(
        result.roomName()
            + ", "
            + result.message().senderName()
            + ", "
            + time
            + ": "
            + result.snippet().text());
    if (getIndex() == getListView().getItems().size() - 1) {
      lastShown.run();
    }
  }
}
