package chat.client;

import javafx.application.Application;

/**
 * The entry point on the class path. A main class that extends {@link Application} makes the JDK
 * launcher demand JavaFX on the module path; this one does not.
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) {
    Application.launch(ChatApp.class, args);
  }
}
