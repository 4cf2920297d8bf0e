package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/**
 * The app's stylesheet parses cleanly: JavaFX only warns about a broken rule and then skips what
 * follows it, so a lost brace would silently unstyle whole parts of the window.
 */
class AppStylesheetTest {

  @Test
  void theStylesheetParsesWithoutErrors() throws IOException {
    URL css = AppStylesheetTest.class.getResource("/chat/client/ui/app.css");
    assertThat(css).isNotNull();
    CssParser.errorsProperty().clear();

    new CssParser().parse(css);

    assertThat(CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
  }
}
