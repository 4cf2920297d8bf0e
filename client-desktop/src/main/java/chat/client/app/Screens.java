package chat.client.app;

import chat.client.config.AppDirs;
import chat.client.config.Settings;
import chat.client.discovery.ServerBrowser;
import chat.client.host.LocalServerHost;
import chat.client.net.Session;
import chat.client.notify.Alerts;
import chat.client.notify.Notifier;
import chat.client.tray.AppTray;
import chat.client.ui.Theme;
import chat.client.ui.Views;
import chat.client.ui.connect.ConnectView;
import chat.client.ui.connect.ConnectViewModel;
import chat.client.ui.e2ee.Encryption;
import chat.client.ui.emoji.EmojiImages;
import chat.client.ui.host.BackgroundHosting;
import chat.client.ui.host.Hosting;
import chat.client.ui.login.LoginView;
import chat.client.ui.login.LoginViewModel;
import chat.client.ui.main.MainView;
import chat.client.ui.main.MainViewModel;
import chat.client.ui.settings.Preferences;
import java.net.InetAddress;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * The app's screens in one window: connect, then sign in, then the main window. While the connect
 * screen shows, a {@link ServerBrowser} looks for servers on the LAN. While the app hosts a server,
 * closing the window leaves it serving ({@link BackgroundHosting}); an app that hosted when it quit
 * hosts again when it starts.
 */
public final class Screens implements AutoCloseable {

  private static final String APP_TITLE = "Chat";
  private static final double WIDTH = 1100;
  private static final double HEIGHT = 720;

  private final Stage stage;
  private final Session client;
  private final LocalServerHost host;
  private final Settings settings;
  private final Executor background;
  private final Clock clock;
  private final Consumer<String> openLink;
  private final Supplier<List<InetAddress>> browseOn;
  private final Hosting hosting;
  private final BackgroundHosting backgroundHosting;
  private final Notifier notifier;
  private final Preferences preferences;
  private final AppDirs dirs;
  private Scene scene;
  private ServerBrowser browser;
  private ConnectViewModel connecting;
  private MainViewModel main;
  private WindowPlacement placement;

  public Screens(
      Stage stage,
      Session client,
      LocalServerHost host,
      Settings settings,
      Executor background,
      Clock clock,
      Consumer<String> openLink,
      Supplier<List<InetAddress>> browseOn,
      Notifier notifier,
      AppTray tray,
      AppDirs dirs) {
    this.stage = stage;
    this.client = client;
    this.host = host;
    this.settings = settings;
    this.background = background;
    this.clock = clock;
    this.openLink = openLink;
    this.browseOn = browseOn;
    this.hosting = new Hosting(host, client, settings, background, Platform::runLater);
    this.backgroundHosting =
        new BackgroundHosting(stage, hosting, tray, background, Platform::exit);
    this.notifier = notifier;
    this.preferences = new Preferences(settings);
    this.dirs = dirs;
  }

  /** Shows the window on the connect screen. */
  public void start() {
    scene = new Scene(new Pane(), WIDTH, HEIGHT);
    Theme.follow(scene, preferences.themeProperty());
    stage.setScene(scene);
    stage.setMinWidth(480);
    stage.setMinHeight(480);
    placement = new WindowPlacement(stage, settings);
    placement.restoreAndFollow(WIDTH, HEIGHT);
    ConnectViewModel model = showConnectView();
    stage.show();
    // Only once the window is up: looking for servers lists the network interfaces and loads JmDNS,
    // and the emoji font is large.
    browse(model);
    background.execute(EmojiImages::warmUp);
    backgroundHosting.install();
    hosting.hostedProperty().addListener((obs, old, now) -> leaveIfStopped(old, now));
    model.hosting().hostAgainIfHostedLastTime();
  }

  /** The user stopped the server this window is signed in to: back to the connect screen. */
  private void leaveIfStopped(LocalServerHost.Hosted old, LocalServerHost.Hosted now) {
    if (now == null && main != null && hosting.signedInTo(old)) {
      main.close();
      main = null;
      showConnect();
    }
  }

  private void showConnect() {
    browse(showConnectView());
  }

  private ConnectViewModel showConnectView() {
    ConnectViewModel model =
        new ConnectViewModel(
            client,
            host,
            settings,
            background,
            Platform::runLater,
            () -> {
              stopBrowsing();
              showLogin("", connecting.connecting().invite());
            });
    connecting = model;
    show(Views.load("Connect.fxml", new ConnectView(model)));
    return model;
  }

  private void browse(ConnectViewModel model) {
    stopBrowsing();
    browser = ServerBrowser.start(browseOn.get(), model.nearby());
  }

  private void stopBrowsing() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  /**
   * Leaves the main window (its encryption closes), stops looking for servers and remembers where
   * the window is (the app is closing).
   */
  @Override
  public void close() {
    if (main != null) {
      main.close();
    }
    stopBrowsing();
    backgroundHosting.close();
    hosting.close();
    if (placement != null) {
      placement.save();
    }
  }

  private void showLogin(String notice) {
    showLogin(notice, Optional.empty());
  }

  /** The sign-in screen; with an invite's code, creating an account with it. */
  private void showLogin(String notice, Optional<String> invite) {
    main = null;
    LoginViewModel model = new LoginViewModel(client, notice, this::showMain);
    invite.ifPresent(model::registerWith);
    show(Views.load("Login.fxml", new LoginView(model, this::showConnect)));
    model.resumeIfRemembered();
  }

  private void showMain() {
    Alerts alerts =
        new Alerts(
            settings,
            preferences.doNotDisturbProperty(),
            Alerts.Me.of(client),
            notifier,
            stage::isFocused,
            () -> raise(stage),
            clock);
    Encryption encryption = Encryption.start(client, dirs.data(), background, Platform::runLater);
    MainViewModel model =
        new MainViewModel(
            client, hosting, clock, preferences, this::showLogin, alerts, dirs, encryption);
    main = model;
    show(new MainView(model, openLink).load());
    stage.titleProperty().bind(model.title());
  }

  /** Brings the window to the front: a notification was clicked, or the tray's "Open". */
  static void raise(Stage stage) {
    stage.setIconified(false);
    stage.show();
    stage.toFront();
  }

  private void show(Parent root) {
    stage.titleProperty().unbind();
    stage.setTitle(APP_TITLE);
    scene.setRoot(root);
  }
}
