package chat.client.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads an FXML file with a view object built by hand as its controller: FXML never constructs
 * controllers here, so each view gets its view model through its constructor.
 */
public final class Views {

  private Views() {}

  /** Loads {@code fxml}, found beside {@code view}'s class, with {@code view} as its controller. */
  public static Parent load(String fxml, Object view) {
    return load(view.getClass(), fxml, view);
  }

  /** Loads {@code fxml}, found beside {@code beside}, with {@code view} as its controller. */
  public static Parent load(Class<?> beside, String fxml, Object view) {
    URL location = beside.getResource(fxml);
    if (location == null) {
      throw new IllegalStateException("no " + fxml + " beside " + beside.getName());
    }
    FXMLLoader loader = new FXMLLoader(location);
    loader.setController(view);
    try {
      return loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + location, e);
    }
  }
}
