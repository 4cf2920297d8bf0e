package chat.client.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the open windows show, as text: each window, then its visible controls that have an id or a
 * text, one per line. A wait that times out adds it to its failure, so that a run whose screen
 * nobody saw still tells what was on it.
 */
final class SceneDump {

  private static final int MAX_LINES = 80;

  private SceneDump() {}

  /** The dump, or why it could not be made. */
  static String ofShownWindows() {
    try {
      return WaitForAsyncUtils.asyncFx(SceneDump::dump).get(2, TimeUnit.SECONDS);
    } catch (Exception e) {
      return "(no dump of the windows: " + e + ")";
    }
  }

  private static String dump() {
    List<String> lines = new ArrayList<>();
    for (Window window : Window.getWindows()) {
      if (!window.isShowing() || window.getScene() == null) {
        continue;
      }
      String title = window instanceof Stage stage ? stage.getTitle() : "";
      lines.add(
          "window "
              + window.getClass().getSimpleName()
              + " \""
              + title
              + "\" focused="
              + window.isFocused());
      describe(window.getScene().getRoot(), lines);
    }
    if (lines.size() > MAX_LINES) {
      int cut = lines.size() - MAX_LINES;
      lines = new ArrayList<>(lines.subList(0, MAX_LINES));
      lines.add("… " + cut + " more");
    }
    return String.join("\n", lines);
  }

  private static void describe(Node node, List<String> lines) {
    if (!node.isVisible()) {
      return;
    }
    String line = line(node);
    if (line != null) {
      lines.add("  " + line);
    }
    if (node instanceof Parent parent) {
      parent.getChildrenUnmodifiable().forEach(child -> describe(child, lines));
    }
  }

  private static String line(Node node) {
    String text =
        switch (node) {
          case Labeled labeled -> labeled.getText();
          case TextInputControl input -> input.getText();
          default -> null;
        };
    boolean hasText = text != null && !text.isBlank();
    if (node.getId() == null && !hasText) {
      return null;
    }
    StringBuilder line = new StringBuilder();
    if (node.getId() != null) {
      line.append('#').append(node.getId()).append(' ');
    }
    line.append(node.getClass().getSimpleName());
    if (hasText) {
      line.append(" \"").append(text.strip().replace('\n', ' ')).append('"');
    }
    if (node instanceof Toggle toggle && toggle.isSelected()) {
      line.append(" selected");
    }
    if (node instanceof ButtonBase && node.isDisabled()) {
      line.append(" disabled");
    }
    return line.toString();
  }
}
