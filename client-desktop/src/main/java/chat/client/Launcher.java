package chat.client;

public final class Launcher {
  public static void main(String[] args) {
    javafx.application.Application.launch(ChatApp.class, args);
  }
}
