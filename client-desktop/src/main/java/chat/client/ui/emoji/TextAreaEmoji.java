package chat.client.ui.emoji;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * Shows the emoji of an editable {@link TextArea} in colour. A {@code TextArea} draws its text with
 * JavaFX's own text nodes, which on Linux draw an emoji in one colour or not at all (see {@link
 * EmojiFont}), and it has no place for pictures. So a layer above its text, inside its skin, puts
 * each emoji's colour picture over the place the text gives that emoji, on a patch of the field's
 * background that hides what the font drew there. The text itself is untouched: the caret, the
 * selection, typing, copying and the code points sent stay the {@code TextArea}'s. The layer takes
 * no clicks and is clipped to the visible part of the text; it is placed again whenever the text,
 * its scrolling, its size or its font change.
 */
public final class TextAreaEmoji {

  private final TextArea area;
  private String placed = "";
  private final Pane layer =
      new Pane() {
        @Override
        protected void layoutChildren() {
          place();
        }
      };

  private TextAreaEmoji(TextArea area) {
    this.area = area;
    layer.setManaged(false);
    layer.setMouseTransparent(true);
    layer.getStyleClass().add("text-area-emoji");
    InvalidationListener replace = changed -> layer.requestLayout();
    area.textProperty().addListener(replace);
    area.scrollTopProperty().addListener(replace);
    area.scrollLeftProperty().addListener(replace);
    area.widthProperty().addListener(replace);
    area.heightProperty().addListener(replace);
    area.fontProperty().addListener(replace);
    area.skinProperty().addListener(changed -> joinSkin());
    joinSkin();
  }

  /** Shows the emoji of {@code area} in colour from now on, whatever skin it gets. */
  public static void show(TextArea area) {
    new TextAreaEmoji(area);
  }

  private void joinSkin() {
    if (area.getSkin() instanceof SkinBase<?> skin && !skin.getChildren().contains(layer)) {
      skin.getChildren().add(layer);
    }
  }

  /** Puts a picture over each emoji shown; runs in the layout pass, after the text's own layout. */
  private void place() {
    layer.resizeRelocate(0, 0, area.getWidth(), area.getHeight());
    List<Node> pictures = new ArrayList<>();
    String text = area.getText();
    if (text != null && EmojiRuns.split(text).stream().anyMatch(EmojiRuns.Run::emoji)) {
      for (Text paragraph : paragraphs()) {
        addPictures(paragraph, pictures);
      }
    }
    Rectangle clip = visibleText();
    String placing = pictures.stream().map(TextAreaEmoji::describe).toList() + " in " + clip;
    if (!placing.equals(placed)) {
      placed = placing;
      layer.getChildren().setAll(pictures);
      layer.setClip(clip);
    }
  }

  private void addPictures(Text paragraph, List<Node> pictures) {
    int at = 0;
    for (EmojiRuns.Run run : EmojiRuns.split(paragraph.getText())) {
      int end = at + run.text().length();
      if (run.emoji()) {
        Bounds place = inLayer(paragraph, bounds(paragraph.rangeShape(at, end)));
        if (place != null && place.getHeight() > 0) {
          double size = Math.min(place.getHeight(), paragraph.getFont().getSize() * 1.25);
          EmojiImages.view(run.text(), size)
              .ifPresent(
                  picture -> {
                    Region patch = new Region();
                    patch.getStyleClass().add("emoji-patch");
                    patch.resizeRelocate(
                        place.getMinX(), place.getMinY(), place.getWidth(), place.getHeight());
                    picture.relocate(
                        place.getMinX() + (place.getWidth() - size) / 2,
                        place.getMinY() + (place.getHeight() - size) / 2);
                    pictures.add(patch);
                    pictures.add(picture);
                  });
        }
      }
      at = end;
    }
  }

  /**
   * The skin's text nodes, one per paragraph, in order. The skin keeps them, and nothing else, in
   * one group; its prompt text is outside it.
   */
  private List<Text> paragraphs() {
    for (Node node : area.lookupAll(".text")) {
      if (node instanceof Text && node.getParent() instanceof Group group) {
        return group.getChildren().stream()
            .filter(Text.class::isInstance)
            .map(Text.class::cast)
            .toList();
      }
    }
    return List.of();
  }

  /** The part of the layer where the text shows: the scroll pane's viewport. */
  private Rectangle visibleText() {
    Node viewport = area.lookup(".viewport");
    Bounds shown =
        viewport == null
            ? null
            : layer.sceneToLocal(viewport.localToScene(viewport.getLayoutBounds()));
    return shown == null
        ? new Rectangle(0, 0, area.getWidth(), area.getHeight())
        : new Rectangle(shown.getMinX(), shown.getMinY(), shown.getWidth(), shown.getHeight());
  }

  /** What a picture or patch shows where, to tell whether a layout changed anything. */
  private static String describe(Node node) {
    String what = node instanceof ImageView picture ? picture.getAccessibleText() : "patch";
    Bounds at = node.getBoundsInParent();
    return what
        + "@"
        + at.getMinX()
        + ","
        + at.getMinY()
        + ","
        + at.getWidth()
        + "x"
        + at.getHeight();
  }

  private Bounds inLayer(Node node, Bounds local) {
    return local == null ? null : layer.sceneToLocal(node.localToScene(local));
  }

  /** The box around a text range's outline (its moves and lines); null for an empty one. */
  private static Bounds bounds(PathElement[] shape) {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (PathElement element : shape) {
      double x;
      double y;
      if (element instanceof MoveTo move) {
        x = move.getX();
        y = move.getY();
      } else if (element instanceof LineTo line) {
        x = line.getX();
        y = line.getY();
      } else {
        continue;
      }
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
    return minX > maxX ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
  }
}
