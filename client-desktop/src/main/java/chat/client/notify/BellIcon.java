package chat.client.notify;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Line;
import javafx.scene.shape.SVGPath;

/**
 * A bell drawn as a shape, struck through for "muted" and "do not disturb": the platform's fonts
 * may lack the bell emoji, and a box instead of an icon says nothing. Coloured by the theme through
 * the {@code bell-icon} style class.
 */
final class BellIcon {

  private static final String BELL =
      "M8 1.5C5.6 1.5 4 3.4 4 5.9V9.4L2.5 11.5H13.5L12 9.4V5.9C12 3.4 10.4 1.5 8 1.5Z"
          + "M6.4 12.5A1.6 1.6 0 0 0 9.6 12.5Z";

  private BellIcon() {}

  static Node of(boolean struckThrough) {
    SVGPath bell = new SVGPath();
    bell.setContent(BELL);
    bell.getStyleClass().add("bell-icon");
    if (!struckThrough) {
      return new Group(bell);
    }
    Line strike = new Line(2, 2, 14, 14);
    strike.getStyleClass().add("bell-strike");
    return new Group(bell, strike);
  }
}
