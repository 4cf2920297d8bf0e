package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.config.Settings;
import chat.client.discovery.FoundServer;
import chat.client.host.LocalServerHost;
import chat.client.net.ReconnectPolicy;
import chat.client.net.Session;
import chat.client.support.AppDriver;
import chat.client.ui.connect.ConnectView;
import chat.client.ui.connect.ConnectViewModel;
import chat.protocol.discovery.ServiceRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The connect screen's "On your network" list, on screen: it follows what the browser reports
 * (through the same listener the real {@code ServerBrowser} calls, from a thread that is not the FX
 * thread), and picking a server fills in its address.
 */
class NearbyServersScreenTest {

  private static final FoundServer OFFICE =
      new FoundServer(
          "Office._chat._tcp.local.",
          new ServiceRecord("Office", "1.0", 1, 5000, 5001, Optional.empty()),
          "10.0.0.5");
  private static final FoundServer LAB =
      new FoundServer(
          "Lab._chat._tcp.local.",
          new ServiceRecord("Lab", "1.0", 1, 6000, 6001, Optional.empty()),
          "10.0.0.6");

  @TempDir Path dir;
  private final FxRobot robot = new FxRobot();
  private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
  private Session client;
  private ConnectViewModel model;

  @BeforeEach
  void showTheConnectScreen() throws Exception {
    FxToolkit.registerPrimaryStage();
    Settings settings = Settings.load(dir.resolve("settings.json"));
    client =
        new Session(
            Session::defaultHttp,
            Platform::runLater,
            ReconnectPolicy.standard(),
            settings,
            dir.resolve("outbox"),
            Clock.systemUTC());
    LocalServerHost host = new LocalServerHost(dir.resolve("hosted"), Map.of("HOST", "127.0.0.1"));
    model = new ConnectViewModel(client, host, settings, background, Platform::runLater, () -> {});
    FxToolkit.setupSceneRoot(() -> Views.load("Connect.fxml", new ConnectView(model)));
    FxToolkit.showStage();
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    client.close();
    background.shutdown();
  }

  @Test
  void theListFollowsTheServersFoundAndPickingOneFillsInItsAddress() {
    ListView<FoundServer> nearby = robot.lookup("#nearby").queryListView();

    model.nearby().found(OFFICE);
    model.nearby().found(LAB);

    AppDriver.waitFor("both servers listed", () -> nearby.getItems().size() == 2);
    AppDriver.waitFor("the office's row", () -> cell("Office — 10.0.0.5:5000") != null);
    robot.clickOn(cell("Office — 10.0.0.5:5000"));
    assertThat(robot.lookup("#address").queryTextInputControl().getText())
        .isEqualTo("10.0.0.5:5000");

    model.nearby().lost(OFFICE.key());

    AppDriver.waitFor("the office gone", () -> nearby.getItems().equals(List.of(LAB)));
    AppDriver.waitFor("its row gone", () -> cell("Office — 10.0.0.5:5000") == null);

    model.nearby().lost(LAB.key());

    AppDriver.waitFor("the list empty", () -> nearby.getItems().isEmpty());
    assertThat(robot.lookup("No server found on your network yet").tryQuery()).isPresent();
  }

  private ListCell<?> cell(String text) {
    return robot
        .lookup("#nearby")
        .lookup((ListCell<?> c) -> text.equals(c.getText()))
        .tryQuery()
        .map(n -> (ListCell<?>) n)
        .orElse(null);
  }
}
