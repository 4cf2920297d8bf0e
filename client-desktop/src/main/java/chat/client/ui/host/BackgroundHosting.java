package chat.client.ui.host;

import chat.client.host.LocalServerHost.Hosted;
import chat.client.tray.AppTray;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Hosting that outlives the window: while the app hosts a server, closing the window does not stop
 * the server for everyone connected. With a system tray, the window hides and the tray icon stays
 * (Open, Stop hosting, Quit); stopping from the tray while the window is hidden quits, as the
 * closed window asked. The icon is the app's, not hosting's: it may stay for notifications when
 * hosting stops. Without a tray, closing asks whether to stop hosting for the people connected and
 * quit, or keep hosting with the window minimized. Without hosting, closing quits as ever.
 *
 * <p>While hosting, the JavaFX platform does not exit when its last window hides; its earlier
 * setting comes back when hosting stops.
 */
public final class BackgroundHosting implements AutoCloseable {

  private static final ButtonType STOP_AND_QUIT =
      new ButtonType("Stop hosting and quit", ButtonData.OK_DONE);
  private static final ButtonType KEEP_HOSTING =
      new ButtonType("Keep hosting", ButtonData.CANCEL_CLOSE);

  private final Stage stage;
  private final Hosting hosting;
  private final AppTray tray;
  private final Executor background;
  private final Runnable exit;
  private final ChangeListener<Hosted> changed = (obs, old, now) -> hostingChanged(now != null);
  private Boolean implicitExitBefore;

  /**
   * @param tray the app's tray icon, which shows "Stop hosting" while hosting
   * @param background where the tray icon shows and hides (AWT loads slowly)
   * @param exit ends the app (the platform's exit; its stop stops the server)
   */
  public BackgroundHosting(
      Stage stage, Hosting hosting, AppTray tray, Executor background, Runnable exit) {
    this.stage = stage;
    this.hosting = hosting;
    this.tray = tray;
    this.background = background;
    this.exit = exit;
  }

  /** Takes over the window's close button and follows the hosted server. */
  public void install() {
    stage.setOnCloseRequest(this::closing);
    hosting.hostedProperty().addListener(changed);
    if (hosting.hosted() != null) {
      hostingChanged(true);
    }
  }

  private void hostingChanged(boolean hosted) {
    if (hosted) {
      if (implicitExitBefore == null) {
        implicitExitBefore = Platform.isImplicitExit();
      }
      Platform.setImplicitExit(false);
      background.execute(() -> tray.hosting(this::stopFromTray));
    } else {
      background.execute(tray::notHosting);
      restoreImplicitExit();
      if (!stage.isShowing()) {
        exit.run();
      }
    }
  }

  private void restoreImplicitExit() {
    if (implicitExitBefore != null) {
      Platform.setImplicitExit(implicitExitBefore);
      implicitExitBefore = null;
    }
  }

  private void closing(WindowEvent event) {
    if (hosting.hosted() == null) {
      return;
    }
    event.consume();
    if (tray.icon().isPresent()) {
      stage.hide();
    } else {
      ask();
    }
  }

  /** Asks without blocking: the answer arrives when the dialog closes. */
  private void ask() {
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, null, STOP_AND_QUIT, KEEP_HOSTING);
    alert.initOwner(stage);
    alert.setTitle("Stop hosting?");
    alert.setHeaderText(null);
    Label question = new Label(StopQuestion.forOthers(hosting.othersConnected().size()));
    question.setId("close-question");
    question.setWrapText(true);
    alert.getDialogPane().setContent(question);
    alert.getDialogPane().lookupButton(STOP_AND_QUIT).setId("stop-hosting-and-quit");
    alert.getDialogPane().lookupButton(KEEP_HOSTING).setId("keep-hosting");
    alert.setOnHidden(
        event -> {
          if (alert.getResult() == STOP_AND_QUIT) {
            stopAndQuit();
          } else if (alert.getResult() == KEEP_HOSTING) {
            stage.setIconified(true);
          }
        });
    alert.show();
  }

  private void stopAndQuit() {
    hosting
        .stop()
        .whenComplete(
            (ok, failure) -> {
              restoreImplicitExit();
              stage.close();
            });
  }

  private void stopFromTray() {
    hosting.stop();
  }

  /** Gives the platform's exit back; the tray icon goes with the app. */
  @Override
  public void close() {
    hosting.hostedProperty().removeListener(changed);
    restoreImplicitExit();
  }
}
