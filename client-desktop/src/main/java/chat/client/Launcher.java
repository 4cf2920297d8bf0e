package chat.client;

import chat.client.app.ChatApp;
import chat.client.selftest.SelfTestCommand;
import java.util.List;
import javafx.application.Application;

/**
 * The entry point on the class path. A main class that extends {@link Application} makes the JDK
 * launcher demand JavaFX on the module path; this one does not. {@code --self-test} checks an
 * installation instead of opening the app (see {@link SelfTestCommand}). Either way the slow
 * initialisations start at once in the background (see {@link Warmup}).
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) {
    Warmup.start();
    if (List.of(args).contains(SelfTestCommand.FLAG)) {
      System.exit(SelfTestCommand.run(System.out, System.err));
    }
    Application.launch(ChatApp.class, args);
  }
}
