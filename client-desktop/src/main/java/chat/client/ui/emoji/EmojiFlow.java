package chat.client.ui.emoji;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.text.Text;

/**
 * Builds the children of a {@code TextFlow} whose emoji are colour pictures, and translates between
 * positions in the text and positions in the flow. A {@code TextFlow} counts an embedded picture as
 * one character, while the emoji it shows may be up to a dozen chars (a ZWJ family): selection and
 * hit testing work in flow positions, copying in text positions.
 */
public final class EmojiFlow {

  /** A picture: text [textStart, textEnd) shown as flow position flowStart. */
  private record Picture(int textStart, int textEnd, int flowStart) {}

  private final double size;
  private final List<Picture> pictures = new ArrayList<>();
  private int textLength;
  private int flowLength;

  /** Emoji are drawn {@code size} pixels high. */
  public EmojiFlow(double size) {
    this.size = size;
  }

  /**
   * The nodes for the next piece of text: {@code textRun} makes a node for each plain part, and
   * each emoji with a picture becomes that picture.
   */
  public List<Node> add(String text, Function<String, Text> textRun) {
    List<Node> nodes = new ArrayList<>();
    for (EmojiRuns.Run run : EmojiRuns.split(text)) {
      Node picture = run.emoji() ? EmojiImages.view(run.text(), size).orElse(null) : null;
      if (picture != null) {
        pictures.add(new Picture(textLength, textLength + run.text().length(), flowLength));
        nodes.add(picture);
        flowLength++;
      } else {
        nodes.add(textRun.apply(run.text()));
        flowLength += run.text().length();
      }
      textLength += run.text().length();
    }
    return nodes;
  }

  /** The text position of a flow position (a picture's end is the emoji's end). */
  public int toText(int flowIndex) {
    int shift = 0;
    for (Picture picture : pictures) {
      if (picture.flowStart() >= flowIndex) {
        break;
      }
      shift += picture.textEnd() - picture.textStart() - 1;
    }
    return Math.clamp((long) flowIndex + shift, 0, textLength);
  }

  /** The flow position of a text position; inside an emoji counts as before it. */
  public int toFlow(int textIndex) {
    int shift = 0;
    for (Picture picture : pictures) {
      if (picture.textEnd() > textIndex) {
        if (picture.textStart() < textIndex) {
          return picture.flowStart();
        }
        break;
      }
      shift += picture.textEnd() - picture.textStart() - 1;
    }
    return Math.clamp((long) textIndex - shift, 0, flowLength);
  }
}
