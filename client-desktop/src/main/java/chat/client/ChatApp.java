package chat.client;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;

public final class ChatApp extends Application {
  @Override
  public void start(Stage stage) {
    stage.setScene(new Scene(new Button("hi"), 300, 200));
    stage.show();
  }
}
