package chat.client.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;

/**
 * The ring a control draws when the keyboard moved focus to it: the {@code focus-visible}
 * pseudo-class and the theme's 2 px accent border. Focus moves at once, but the border comes with
 * the CSS of the next pulse, which a busy machine may hold back past TestFX's own wait for the FX
 * thread: {@link #awaitOn} waits for it rather than read it half way.
 */
public final class FocusRing {

  private FocusRing() {}

  /** Whether {@code node} draws the ring now, read on the FX thread. */
  public static boolean shownOn(AppDriver app, Node node) {
    AtomicBoolean shown = new AtomicBoolean();
    app.robot().interact(() -> shown.set(drawn(node)));
    return shown.get();
  }

  /** Waits until {@code node} draws the ring; {@code what} names it in the failure. */
  public static void awaitOn(AppDriver app, Node node, String what) {
    AppDriver.waitFor(what + " drawing a focus ring", () -> shownOn(app, node));
  }

  /**
   * Presses Tab from the control that has the focus until the focus comes back to it (or for {@code
   * most} stops), waiting on each stop for its ring; returns the stops in order, each named as
   * {@link #name} does.
   */
  public static List<String> tabWalk(AppDriver app, String what, int most) {
    Node start = app.stage().getScene().getFocusOwner();
    List<String> stops = new ArrayList<>();
    for (int i = 0; i < most; i++) {
      app.robot().type(KeyCode.TAB);
      Node owner = app.stage().getScene().getFocusOwner();
      stops.add(name(owner));
      awaitOn(app, owner, name(owner) + " in " + what);
      if (owner == start) {
        break;
      }
    }
    return stops;
  }

  /** A control's id, else its style classes and text, as "Button 'Remove'". */
  public static String name(Node node) {
    if (node.getId() != null) {
      return node.getId();
    }
    String type = node.getClass().getSimpleName();
    return node instanceof Labeled labeled ? type + " '" + labeled.getText() + "'" : type;
  }

  private static boolean drawn(Node node) {
    return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass("focus-visible"))
        && node instanceof Region region
        && region.getBorder() != null
        && region.getBorder().getStrokes().stream().anyMatch(s -> s.getWidths().getTop() == 2);
  }
}
