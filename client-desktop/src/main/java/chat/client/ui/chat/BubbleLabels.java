package chat.client.ui.chat;

import chat.client.ui.emoji.EmojiText;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** The small labels of a message's bubble ({@link ChatLineCell}): its header and "(edited)". */
final class BubbleLabels {

  /** Emoji in a sender's name are colour pictures this many pixels high. */
  private static final double NAME_EMOJI_SIZE = 16;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());

  private static final DateTimeFormatter EDITED_AT =
      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

  private BubbleLabels() {}

  /** The time a message was sent, as its header shows it. */
  static String time(long timestamp) {
    return TIME.format(Instant.ofEpochMilli(timestamp));
  }

  /** The sender's name, its emoji in colour, and the time. */
  static Node header(String sender, String time) {
    Label name = new Label();
    EmojiText.show(name, sender, NAME_EMOJI_SIZE);
    name.getStyleClass().add("sender");
    Label at = new Label(time);
    at.getStyleClass().add("meta");
    HBox header = new HBox(8, name, at);
    header.setAlignment(Pos.BASELINE_LEFT);
    return header;
  }

  /** "(edited)", with the time of the edit on hover. */
  static Node edited(long editedAt) {
    Label edited = new Label("(edited)");
    edited.getStyleClass().addAll("meta", "edited");
    edited.setTooltip(new Tooltip("Edited " + EDITED_AT.format(Instant.ofEpochMilli(editedAt))));
    return edited;
  }
}
