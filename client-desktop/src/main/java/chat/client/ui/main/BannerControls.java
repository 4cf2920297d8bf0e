package chat.client.ui.main;

import chat.client.net.ConnectionStatus;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * Binds the connection banner and the sidebar's connection line to a {@link BannerViewModel}, and
 * runs the window's one-second tick (the banner's countdown, the typing line) while the window is
 * shown. Apart from {@link MainView} so that the connection's look lives in one place.
 */
final class BannerControls {

  private final BannerViewModel state;
  private final Runnable tick;

  /**
   * @param tick runs every second beside the banner's own tick
   */
  BannerControls(BannerViewModel state, Runnable tick) {
    this.state = state;
    this.tick = tick;
  }

  /** Binds the banner's nodes; the tick stops when {@code root} leaves its scene. */
  void bind(Parent root, HBox banner, Label bannerText, Button retryButton, Label connectionLabel) {
    banner.visibleProperty().bind(state.visibleProperty());
    banner.managedProperty().bind(banner.visibleProperty());
    bannerText.textProperty().bind(state.textProperty());
    retryButton.visibleProperty().bind(state.canRetryProperty());
    connectionLabel.textProperty().bind(state.textProperty());
    state.phaseProperty().addListener((obs, old, now) -> markConnected(connectionLabel));
    markConnected(connectionLabel);
    Timeline ticker =
        new Timeline(
            new KeyFrame(
                Duration.seconds(1),
                event -> {
                  state.tick();
                  tick.run();
                }));
    ticker.setCycleCount(Timeline.INDEFINITE);
    ticker.play();
    root.sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (scene == null) {
                ticker.stop();
              }
            });
  }

  private void markConnected(Label connectionLabel) {
    boolean up = state.phaseProperty().get() == ConnectionStatus.Phase.CONNECTED;
    connectionLabel.getStyleClass().removeAll("online", "offline");
    connectionLabel.getStyleClass().add(up ? "online" : "offline");
  }
}
