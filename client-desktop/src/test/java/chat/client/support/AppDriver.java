package chat.client.support;

import chat.client.app.ChatApp;
import chat.client.config.AppDirs;
import chat.client.ui.chat.AttachControls;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.service.query.EmptyNodeQueryException;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop app driven as a person would: clicks, typing and keys through TestFX, on a real
 * {@link ChatApp} whose folders live under a test directory (so a second launch on the same folder
 * is an app restart).
 *
 * <p>Two apps can run side by side in one JVM: {@link #launch} starts the first on TestFX's primary
 * stage, {@link #launchAnother} a second on a stage of its own. Each driver finds nodes only in its
 * own windows ({@link OwnedWindows}), and before a click it brings its window to the front when
 * another app's was in front, so that the click and the keys after it reach this app.
 */
public final class AppDriver implements AutoCloseable {

  public static final Duration WAIT = Duration.ofSeconds(15);

  /** The drivers whose apps run now, in the order they started. */
  private static final List<AppDriver> RUNNING = new CopyOnWriteArrayList<>();

  /** The driver whose window was shown or brought to the front last: it lies over the others. */
  private static volatile AppDriver inFront;

  private final FxRobot robot = new FxRobot();
  private final Application app;
  private final Stage stage;
  private final OwnedWindows windows;
  private final MessageRows messages = new MessageRows(this);
  private final WindowSnapshots snapshots;

  private AppDriver(Application app, Stage stage) {
    this.app = app;
    this.stage = stage;
    this.windows = new OwnedWindows(stage);
    this.snapshots = new WindowSnapshots(robot, stage);
    RUNNING.add(this);
    inFront = this;
  }

  /** Starts the app with its folders under {@code home}. */
  public static AppDriver launch(Path home) {
    return launch(home, Map.of());
  }

  /** Starts the app; {@code hostOverrides} replace the defaults of a server it hosts. */
  public static AppDriver launch(Path home, Map<String, String> hostOverrides) {
    try {
      Stage stage = FxToolkit.registerPrimaryStage();
      Application app =
          FxToolkit.setupApplication(
              // No LAN discovery: a test must never multicast on the machine's network.
              () -> new ChatApp(AppDirs.under(home), hostOverrides, List::of));
      return new AppDriver(app, stage);
    } catch (TimeoutException e) {
      throw new AssertionError("the app did not start", e);
    }
  }

  /**
   * Starts one more app, with its folders under {@code home}, on a new stage of its own beside the
   * apps running already: init and start on the threads JavaFX's launcher uses, as TestFX does for
   * the first.
   */
  public static AppDriver launchAnother(Path home) {
    try {
      // Starts the JavaFX toolkit if no app has yet.
      FxToolkit.registerPrimaryStage();
      Stage stage = onFx(Stage::new);
      Application app = onFx(() -> new ChatApp(AppDirs.under(home), Map.of(), List::of));
      app.init();
      onFx(
          () -> {
            app.start(stage);
            return null;
          });
      WaitForAsyncUtils.waitForFxEvents();
      return new AppDriver(app, stage);
    } catch (Exception e) {
      throw new AssertionError("the app did not start", e);
    }
  }

  private static <T> T onFx(Callable<T> step) throws Exception {
    return WaitForAsyncUtils.asyncFx(step)
        .get(FxToolkit.toolkitContext().getSetupTimeoutInMillis(), TimeUnit.MILLISECONDS);
  }

  /** Clicks the node {@code query} finds once it is on screen. */
  public void click(String query) {
    waitFor(query + " on screen", () -> onScreen(query));
    click(lookup(query).query());
  }

  /** Clicks {@code node}, one of this app's, with its window in front. */
  public void click(Node node) {
    toFront();
    robot.clickOn(node);
  }

  /**
   * Brings the app's window to the front and gives it the focus, unless it is there already:
   * another app's window may lie over this one (headless, every window opens in the same place),
   * and keys go to the focused window.
   */
  private void toFront() {
    if (inFront != this) {
      robot.interact(
          () -> {
            stage.toFront();
            stage.requestFocus();
          });
      inFront = this;
    }
  }

  /**
   * What {@code query} (a CSS selector, or a labelled node's text) finds in this app's windows
   * only.
   */
  public NodeQuery lookup(String query) {
    return robot.from(windows.roots()).lookup(query);
  }

  /**
   * Starts a direct conversation from the Message… panel with the one person whose name starts with
   * {@code prefix}, and waits until it is open.
   */
  public void openDirectWith(String prefix, String name) {
    click("#new-direct");
    fill("#people-query", prefix);
    waitFor(name + " in the results", () -> list("#people-results").getItems().size() == 1);
    robot.interact(() -> list("#people-results").getSelectionModel().selectFirst());
    click("#open-direct");
    waitFor("the conversation with " + name, () -> text("#room-title").equals(name));
  }

  /** Clicks a room's name in the sidebar and waits until it is open. */
  public void openRoom(String name) {
    waitFor(name + " in the sidebar", () -> sidebarLabel(name) != null);
    click(sidebarLabel(name));
    waitFor("room " + name + " open", () -> text("#room-title").equals(name));
  }

  private Node sidebarLabel(String name) {
    WaitForAsyncUtils.waitForFxEvents();
    return robot
        .from(lookup("#rooms").queryAll())
        .lookup((Labeled l) -> name.equals(l.getText()) && l.getScene() != null)
        .tryQuery()
        .orElse(null);
  }

  /** Finds the public room {@code name} in Browse, joins it and waits until it is open. */
  public void join(String name) {
    click("#browse");
    fill("#browse-query", name);
    waitFor("the directory", () -> list("#browse-results").getItems().size() == 1);
    robot.interact(() -> list("#browse-results").getSelectionModel().selectFirst());
    click("#join");
    waitFor("room " + name, () -> text("#room-title").equals(name));
  }

  /** Types {@code address} on the connect screen and connects. */
  public void connect(String address) {
    fill("#address", address);
    click("#connect");
    waitFor("the sign-in screen", () -> exists("#username"));
  }

  public void register(String username, String password) {
    click("#toggle-mode");
    signIn(username, password);
  }

  public void signIn(String username, String password) {
    fill("#username", username);
    fill("#password", password);
    click("#submit");
  }

  /** Signs up and waits for the main window, connected. */
  public void registerAndWait(String username) {
    register(username, "password123");
    waitFor("the main window", () -> exists("#rooms"));
    waitFor("the connection", () -> text("#connection").equals("Connected"));
  }

  /**
   * Picks a theme in the settings panel ({@code "#theme-light"}, {@code "#theme-dark"} or {@code
   * "#theme-system"}) and closes it.
   */
  public void chooseTheme(String query) {
    click("#settings");
    click(query);
    click("#close-settings");
  }

  /**
   * Replaces a field's text as pasting over it would: one insertion after a click, not a key press
   * per character. Typing runs the scene's event loop to rest after every character, about 50 ms
   * each; tests of typing itself press the keys with {@code robot().write}.
   */
  public void fill(String query, String text) {
    click(query);
    robot.interact(
        () -> {
          TextInputControl field = lookup(query).queryAs(TextInputControl.class);
          field.selectAll();
          field.replaceSelection(text);
        });
  }

  /**
   * Drops {@code files} on the open room's view, through the handler its {@code DRAG_DROPPED}
   * handler calls ({@link AttachControls#drop}): TestFX cannot drag files in from outside the app,
   * and a {@code DragEvent} cannot be built with files in it.
   */
  public void dropFiles(Path... files) {
    dropFilesOn("#chat-pane", files);
  }

  /** Drops {@code files} on the node {@code target} finds, as {@link #dropFiles} on the room. */
  public void dropFilesOn(String target, Path... files) {
    Node room = lookup(target).query();
    AttachControls controls = (AttachControls) room.getProperties().get(AttachControls.class);
    robot.interact(() -> controls.drop(Stream.of(files).map(Path::toFile).toList()));
  }

  /**
   * Puts a message in the composer where its caret is, as {@link #fill} does, and presses Enter.
   */
  public void say(String message) {
    click("#composer");
    robot.interact(
        () -> lookup("#composer").queryAs(TextInputControl.class).replaceSelection(message));
    robot.type(KeyCode.ENTER);
  }

  private boolean onScreen(String query) {
    WaitForAsyncUtils.waitForFxEvents();
    return lookup(query).tryQuery().map(n -> n.getScene() != null && shown(n)).orElse(false);
  }

  /** Whether the node and every parent it has are visible, as TestFX checks before a click. */
  static boolean shown(Node node) {
    for (Node at = node; at != null; at = at.getParent()) {
      if (!at.isVisible()) {
        return false;
      }
    }
    return true;
  }

  /** The rows of this app's message lists: the cell showing a message, its menu, its labels. */
  public MessageRows messages() {
    return messages;
  }

  public boolean exists(String query) {
    return lookup(query).tryQuery().isPresent();
  }

  public String text(String query) {
    Node node = lookup(query).query();
    return node instanceof Labeled labeled
        ? labeled.getText()
        : ((TextInputControl) node).getText();
  }

  /**
   * The texts of the labels {@code query} finds, read on the FX thread: rows made again while they
   * are read from another thread can fail the lookup.
   */
  public List<String> texts(String query) {
    AtomicReference<List<String>> texts = new AtomicReference<>();
    robot.interact(
        () ->
            texts.set(
                lookup(query).queryAllAs(Labeled.class).stream().map(Labeled::getText).toList()));
    return texts.get();
  }

  public <T> ListView<T> list(String query) {
    return lookup(query).queryListView();
  }

  public String title() {
    return stage.getTitle();
  }

  public FxRobot robot() {
    return robot;
  }

  public Stage stage() {
    return stage;
  }

  /**
   * The file {@code name} in the screenshots folder: {@code screenshots.dir}, {@code
   * docs/screenshots} by default.
   */
  public static Path screenshotFile(String name) {
    return WindowSnapshots.screenshotFile(name);
  }

  /** Writes what the window shows now to {@code name} (a PNG) in {@link #screenshotFile}. */
  public void snapshot(String name) {
    snapshots.window(name);
  }

  /** Like {@link #snapshot}, with the popups open over the window drawn where they are. */
  public void snapshotWithPopups(String name) {
    snapshots.withPopups(name);
  }

  public static void waitFor(String what, Callable<Boolean> condition) {
    waitFor(what, WAIT, condition);
  }

  /**
   * Waits until {@code condition} holds. A lookup that finds nothing counts as "not yet": a node
   * may leave the scene for a moment while the window lays itself out (a narrow window's drawers).
   */
  public static void waitFor(String what, Duration timeout, Callable<Boolean> condition) {
    Callable<Boolean> tolerant =
        () -> {
          try {
            return condition.call();
          } catch (EmptyNodeQueryException notThereYet) {
            return false;
          }
        };
    try {
      WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS, tolerant);
    } catch (TimeoutException e) {
      throw new AssertionError(
          "timed out waiting for " + what + "; on screen:\n" + SceneDump.ofShownWindows(), e);
    }
  }

  /**
   * Stops the app as closing its window does, and hides its windows. The last app to close hides
   * every window left, so that none outlives the test; the toolkit goes on for the next. Closing
   * again does nothing.
   */
  @Override
  public void close() {
    if (!RUNNING.contains(this)) {
      return;
    }
    try {
      FxToolkit.cleanupApplication(app);
      RUNNING.remove(this);
      if (inFront == this) {
        inFront = null;
      }
      if (RUNNING.isEmpty()) {
        FxToolkit.cleanupStages();
      } else {
        robot.interact(() -> windows.all().reversed().forEach(Window::hide));
      }
    } catch (TimeoutException e) {
      throw new AssertionError("the app did not stop", e);
    }
  }
}
