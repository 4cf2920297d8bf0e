package chat.client.ui.chat;

import static chat.client.ui.chat.BenchFigures.heapMiB;
import static chat.client.ui.chat.BenchFigures.millisSince;
import static chat.client.ui.chat.BenchFigures.print;
import static chat.client.ui.chat.BenchFigures.report;

import chat.client.net.Session;
import chat.client.support.Clients;
import chat.client.support.LiveServer;
import chat.client.ui.Theme;
import chat.protocol.model.Message;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A measurement, not a test: the message view with a room of 100,000 messages ({@code
 * bench.messages}), on headless Monocle with software rendering. The real view model, timeline,
 * cells and {@link ChatControls} run in a window against a real server session; the messages are
 * generated (three senders, one of them us, in runs, 30 s apart so that they span five weeks, with
 * paragraphs that wrap and links now and then) and arrive as live messages do, because filling a
 * server with that many through its durable sends takes longer than the view's figures. It prints:
 * the cost of a message arriving in a room not on screen and in the one on screen, the time to open
 * the room the first time and again, the cost of a scroll step jumping top to bottom and wheeling
 * upwards, a page of older history put on top of the room, and the heap the room holds. A step's
 * cost is its work on the FX thread: the step itself and the CSS and layout pass of the pulse after
 * it (drawing is not counted; it depends on the window, not on the room).
 *
 * <pre>mvn -pl client-desktop -am test -Dbench=true -Dtest=MessageViewBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.messages=100000]</pre>
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class MessageViewBenchmark {

  private static final long GAP_MILLIS = 30_000;
  private static final int RUN = 4;
  private static final int BATCH = 1_000;
  private static final int LIVE_ON_SCREEN = 200;
  private static final int JUMPS = 200;
  private static final int WHEEL_STEPS = 300;
  private static final double WHEEL_PIXELS = 120;
  private static final int PAGE = 50;

  @TempDir Path dir;
  private ChatViewModel chat;
  private ListView<ChatLine> list;

  /** Completed with the CSS and layout time of the next pulse; touched on the FX thread only. */
  private CompletableFuture<Double> nextPulse;

  private long pulseStarted;

  @Test
  void measureTheMessageViewWithAHugeRoom() throws Exception {
    int count = Integer.getInteger("bench.messages", 100_000);
    Stage stage = FxToolkit.registerPrimaryStage();
    try (LiveServer server = LiveServer.start(dir.resolve("server"));
        Session client = Clients.signedUpOnFx(server, dir, "alice")) {
      String big = Clients.publicRoom(client, "big").roomId();
      String other = Clients.publicRoom(client, "other").roomId();
      runOnFx(() -> show(stage, client));
      runOnFx(() -> chat.open(other, 0));
      List<Message> messages = generate(big, client.me().userId(), count + LIVE_ON_SCREEN);
      double heapBefore = heapMiB();

      arriveOffScreen(messages.subList(0, count));
      print("heap held by the room, off screen", heapMiB() - heapBefore, "MiB");
      print("open the room the first time", openFirstTime(big), "ms");
      print("heap held by the room, on screen", heapMiB() - heapBefore, "MiB");
      runOnFx(() -> chat.open(other, 0));
      print("open it again", timedOnFx(() -> chat.open(big, 0)), "ms");
      report(
          "a message arriving on screen", arriveOnScreen(messages.subList(count, messages.size())));
      print("rows in the list", onFx(() -> list.getItems().size()), "rows");
      timedOnFx(() -> {}); // the pulse that lays out the last one followed
      print("the newest row on screen after them (1 = yes)", onFx(this::newestOnScreen), "");
      report("jump top to bottom, per step", jumps());
      report("wheel upwards, per step", wheel());
      olderPages(messages.subList(0, count), client.me().userId());
    } finally {
      FxToolkit.cleanupStages();
    }
  }

  /** The chat list, the "new below" button and the composer, bound as the app binds them. */
  private void show(Stage stage, Session client) {
    chat = new ChatViewModel(client, ZoneId.systemDefault());
    list = new ListView<>();
    list.setId("messages");
    list.getStyleClass().add("messages");
    TextArea composer = new TextArea();
    Label notice = new Label();
    new ChatControls(
            chat, list, new Button(), composer, new Label(), new Button("Send"), notice, link -> {})
        .bind();
    VBox.setVgrow(list, Priority.ALWAYS);
    Scene scene = new Scene(new VBox(notice, list, composer), 1000, 800);
    Theme.apply(scene, false);
    scene.addPreLayoutPulseListener(() -> pulseStarted = System.nanoTime());
    scene.addPostLayoutPulseListener(
        () -> {
          if (nextPulse != null) {
            nextPulse.complete(millisSince(pulseStarted));
            nextPulse = null;
          }
        });
    stage.setScene(scene);
    stage.show();
  }

  /** Three senders (the first is us) in runs of {@value #RUN}, {@value #GAP_MILLIS} ms apart. */
  private static List<Message> generate(String roomId, String me, int count) {
    String[] senders = {me, "u-ana", "u-ben"};
    long first = System.currentTimeMillis() - count * GAP_MILLIS;
    List<Message> messages = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      String sender = senders[(i / RUN) % senders.length];
      messages.add(
          Message.text(
              "m" + i,
              roomId,
              sender,
              sender.equals(me) ? "alice" : sender.substring(2),
              content(i),
              first + i * GAP_MILLIS,
              "c" + i));
    }
    return messages;
  }

  /** Short lines, with now and then a paragraph that wraps and a link. */
  private static String content(int i) {
    if (i % 7 == 0) {
      return "message " + i + ": " + "a longer thought that wraps over several lines. ".repeat(8);
    }
    if (i % 13 == 0) {
      return "message " + i + " with a link https://example.com/items/" + i;
    }
    return "message " + i;
  }

  private void arriveOffScreen(List<Message> messages) throws Exception {
    long started = System.nanoTime();
    for (int from = 0; from < messages.size(); from += BATCH) {
      List<Message> batch = messages.subList(from, Math.min(messages.size(), from + BATCH));
      runOnFx(() -> batch.forEach(chat::accept));
    }
    double took = millisSince(started);
    print("a message arriving off screen", took * 1000 / messages.size(), "µs");
    print(messages.size() + " messages arriving off screen", took / 1000, "s");
  }

  /** From asking until the first page is in (the room has no stored history) and laid out. */
  private double openFirstTime(String roomId) throws Exception {
    CountDownLatch pageIn = new CountDownLatch(1);
    ListChangeListener<ChatLine> rebuilt = change -> pageIn.countDown();
    long started = System.nanoTime();
    onFx(
        () -> {
          chat.open(roomId, 0);
          list.getItems().addListener(rebuilt);
          return null;
        });
    if (!pageIn.await(60, TimeUnit.SECONDS)) {
      throw new AssertionError("the first page did not arrive");
    }
    timedOnFx(() -> list.getItems().removeListener(rebuilt));
    return millisSince(started);
  }

  private List<Double> arriveOnScreen(List<Message> messages) throws Exception {
    List<Double> steps = new ArrayList<>();
    for (Message message : messages) {
      steps.add(timedOnFx(() -> chat.accept(message)));
    }
    return steps;
  }

  private double newestOnScreen() {
    VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
    return flow.getLastVisibleCell().getIndex() == list.getItems().size() - 1 ? 1 : 0;
  }

  private List<Double> jumps() throws Exception {
    int rows = list.getItems().size();
    List<Double> steps = new ArrayList<>();
    for (int step = 0; step <= JUMPS; step++) {
      int row = (int) ((long) (rows - 1) * step / JUMPS);
      steps.add(timedOnFx(() -> list.scrollTo(row)));
    }
    return steps;
  }

  private List<Double> wheel() throws Exception {
    VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
    List<Double> steps = new ArrayList<>();
    for (int step = 0; step < WHEEL_STEPS; step++) {
      steps.add(timedOnFx(() -> flow.scrollPixels(-WHEEL_PIXELS)));
    }
    return steps;
  }

  /** Puts the room's history on top of its newest page, a page at a time, as scrolling up does. */
  private static void olderPages(List<Message> messages, String me) {
    RoomTimeline timeline = new RoomTimeline(me, ZoneId.systemDefault(), new ThreadMarks(me));
    int end = messages.size();
    timeline.loadedNewest(messages.subList(end - PAGE, end), true);
    List<Double> pages = new ArrayList<>();
    for (int to = end - PAGE; to > 0; to -= PAGE) {
      List<Message> page = messages.subList(Math.max(0, to - PAGE), to);
      long started = System.nanoTime();
      timeline.addedOlder(page, to > PAGE);
      pages.add(millisSince(started));
    }
    report("an older page on top, the first 100", pages.subList(0, Math.min(100, pages.size())));
    report(
        "an older page on top, the last 100",
        pages.subList(Math.max(0, pages.size() - 100), pages.size()));
  }

  /**
   * Runs {@code action} on the FX thread and times it with the CSS and layout pass of the pulse
   * after it: a frame's work on the FX thread, before it is drawn.
   */
  private double timedOnFx(Runnable action) throws Exception {
    CompletableFuture<Double> pulse = new CompletableFuture<>();
    double acted =
        onFx(
            () -> {
              long started = System.nanoTime();
              action.run();
              nextPulse = pulse;
              Platform.requestNextPulse();
              return millisSince(started);
            });
    return acted + pulse.get(60, TimeUnit.SECONDS);
  }

  private static <T> T onFx(Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
  }

  private static void runOnFx(Runnable work) throws Exception {
    onFx(
        () -> {
          work.run();
          return null;
        });
  }
}
