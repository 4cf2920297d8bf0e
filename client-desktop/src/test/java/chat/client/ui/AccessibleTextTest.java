package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A screen reader names every button: by its text, or, where the text is empty or only symbols
 * ("☰", "⋯", an emoji), by its accessible text.
 */
class AccessibleTextTest {

  @RegisterExtension final AppAndServer both = AppAndServer.plain();

  @Test
  void everyIconButtonHasAccessibleText() {
    List<String> unnamed = new ArrayList<>(unnamedButtons("connect screen"));
    both.app().connect(both.server().address());
    unnamed.addAll(unnamedButtons("sign-in screen"));
    both.app().registerAndWait("alice");
    unnamed.addAll(unnamedButtons("main window"));
    for (String panel : List.of("#new-room", "#browse", "#new-direct")) {
      both.app().click(panel);
      AppDriver.waitFor(
          "the panel", () -> both.app().robot().lookup("#overlay").query().isVisible());
      unnamed.addAll(unnamedButtons(panel + " panel"));
      both.app().robot().type(KeyCode.ESCAPE);
    }

    assertThat(unnamed).isEmpty();
  }

  private List<String> unnamedButtons(String where) {
    AtomicReference<List<String>> found = new AtomicReference<>();
    both.app()
        .robot()
        .interact(
            () -> {
              List<String> list = new ArrayList<>();
              collect(both.app().stage().getScene().getRoot(), where, list);
              found.set(list);
            });
    return found.get();
  }

  private static void collect(Parent parent, String where, List<String> unnamed) {
    for (Node child : parent.getChildrenUnmodifiable()) {
      if (child instanceof ButtonBase button && !named(button)) {
        unnamed.add(where + ": " + button.getClass().getSimpleName() + " #" + button.getId());
      }
      if (child instanceof Parent inner) {
        collect(inner, where, unnamed);
      }
    }
  }

  private static boolean named(ButtonBase button) {
    return hasWords(button.getAccessibleText()) || hasWords(button.getText());
  }

  private static boolean hasWords(String text) {
    return text != null && text.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
