package chat.client.ui.emoji;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Plain text with colour emoji in a label, beyond the message text: room and display names, the
 * pinned bar, search results, toasts. JavaFX draws no colour emoji glyph on Linux, so a label whose
 * text has an emoji shows, as its only graphic, a {@code TextFlow} of its text in runs that take
 * the label's font and colour, with the emoji as colour pictures ({@link EmojiFlow}). The label
 * keeps its text: it is still what is read aloud, looked up and compared; a text too long for it is
 * cut at its edge rather than shortened with "…". A label without emoji shows its text as before.
 */
public final class EmojiText {

  private EmojiText() {}

  /**
   * {@code text} as a flow of runs styled like {@code like}, emoji {@code size} pixels high; empty
   * when the text has no emoji to draw (or no picture can be drawn).
   */
  public static Optional<TextFlow> flow(String text, Labeled like, double size) {
    return flow(
        text,
        size,
        piece -> {
          Text run = new Text(piece);
          run.fontProperty().bind(like.fontProperty());
          run.fillProperty().bind(like.textFillProperty());
          return run;
        });
  }

  /**
   * {@code text} as a flow of runs of the style class {@code runStyle} (a text that wraps, outside
   * any label), emoji {@code size} pixels high; empty when the text has no emoji to draw.
   */
  public static Optional<TextFlow> styled(String text, double size, String runStyle) {
    return flow(
        text,
        size,
        piece -> {
          Text run = new Text(piece);
          run.getStyleClass().add(runStyle);
          return run;
        });
  }

  private static Optional<TextFlow> flow(String text, double size, Function<String, Text> run) {
    if (text == null
        || EmojiRuns.split(text).stream()
            .noneMatch(part -> part.emoji() && EmojiImages.view(part.text(), size).isPresent())) {
      return Optional.empty();
    }
    TextFlow flow = new TextFlow();
    List<Node> nodes = new EmojiFlow(size).add(text, run);
    flow.getChildren().setAll(nodes);
    return Optional.of(flow);
  }

  /** Shows {@code text} in {@code label}, its emoji in colour, emoji {@code size} pixels high. */
  public static void show(Labeled label, String text, double size) {
    show(label, text, size, null);
  }

  /**
   * Shows {@code text} in {@code label} after {@code leading} (a presence dot; null for none), its
   * emoji in colour: {@code leading} stays the label's graphic when the text has no emoji.
   */
  public static void show(Labeled label, String text, double size, Node leading) {
    label.setText(text);
    Optional<TextFlow> flow = flow(text, label, size);
    if (flow.isEmpty()) {
      label.setGraphic(leading);
      label.setContentDisplay(ContentDisplay.LEFT);
      label.setClip(null);
      return;
    }
    // A flow does not shorten itself with "…" as a label's text does: cut at the label's edge.
    Rectangle edge = new Rectangle();
    edge.widthProperty().bind(label.widthProperty());
    edge.heightProperty().bind(label.heightProperty());
    label.setClip(edge);
    Node graphic = flow.get();
    if (leading != null) {
      HBox both = new HBox(label.getGraphicTextGap(), leading, flow.get());
      both.setAlignment(Pos.CENTER_LEFT);
      graphic = both;
    }
    label.setGraphic(graphic);
    label.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
  }

  /**
   * Shows {@code text} in {@code label} as it changes, its emoji in colour. The label holds {@code
   * text}, as a binding of its text property would: a binding made for it alone is otherwise held
   * by nothing, and its weak listeners would let it go.
   */
  public static void bind(Labeled label, ObservableValue<String> text, double size) {
    label.getProperties().put(EmojiText.class, text);
    text.subscribe(now -> show(label, now, size));
  }
}
