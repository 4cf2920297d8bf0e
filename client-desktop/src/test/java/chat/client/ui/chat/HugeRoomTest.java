package chat.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.net.Session;
import chat.client.support.Clients;
import chat.client.support.LiveServer;
import chat.client.support.Waits;
import chat.client.ui.Theme;
import chat.protocol.model.Message;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A room of thousands of messages in the real list: it shows a window of them, scrolling to its top
 * shows older ones with the row read staying on top, and the "↓ N new" button brings the newest
 * back.
 */
class HugeRoomTest {

  private static final int MESSAGES = 3_000;

  @TempDir Path dir;
  private ChatViewModel chat;
  private ListView<ChatLine> list;
  private Button newBelow;

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
  }

  @Test
  void scrollingToTheTopShowsOlderMessagesInPlaceAndTheNewButtonReturnsToTheNewest()
      throws Exception {
    Stage stage = FxToolkit.registerPrimaryStage();
    try (LiveServer server = LiveServer.start(dir.resolve("server"));
        Session client = Clients.signedUpOnFx(server, dir, "alice")) {
      String big = Clients.publicRoom(client, "big").roomId();
      String other = Clients.publicRoom(client, "other").roomId();
      onFx(() -> show(stage, client));
      onFx(() -> chat.open(other, 0));
      onFx(
          () -> {
            for (int i = 1; i <= MESSAGES; i++) {
              chat.accept(message(big, i));
            }
          });
      onFx(() -> chat.open(big, 0));
      Waits.until("the newest on screen", () -> fx(() -> lastShown() == rows() - 1 && rows() > 1));
      assertThat(fx(this::rows)).isLessThanOrEqualTo(1_300);

      for (int slide = 1; slide <= 2; slide++) {
        String top = fx(this::oldestShown); // on screen, below its day's separator
        String oldestShown = fx(this::oldestShown);
        onFx(() -> list.scrollTo(0));
        Waits.until("older shown", () -> !oldestShown.equals(fx(this::oldestShown)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> rowAt(top)))
            .as("the row read stays where it was, under its day's separator")
            .isBetween(1.0, 100.0);
      }
      onFx(() -> chat.accept(message(big, MESSAGES + 1)));

      Waits.until("the ↓ 1 new button", () -> fx(newBelow::isVisible));
      assertThat(fx(newBelow::getText)).isEqualTo("↓ 1 new");
      onFx(newBelow::fire);

      Waits.until(
          "the newest on screen again",
          () ->
              fx(
                  () ->
                      list.getItems().getLast().content().equals("message " + (MESSAGES + 1))
                          && lastShown() == rows() - 1));
    }
  }

  private void show(Stage stage, Session client) {
    chat = new ChatViewModel(client, ZoneId.systemDefault());
    list = new ListView<>();
    newBelow = new Button();
    new ChatControls(
            chat, list, newBelow, new TextArea(), new Label(), new Button(), new Label(), l -> {})
        .bind();
    VBox.setVgrow(list, Priority.ALWAYS);
    Scene scene = new Scene(new VBox(list), 800, 600);
    Theme.apply(scene, false);
    stage.setScene(scene);
    stage.show();
  }

  /** From Bob, a minute apart, ending now. */
  private static Message message(String roomId, int i) {
    long first = System.currentTimeMillis() - MESSAGES * 60_000L;
    return Message.text(
        "m" + i, roomId, "u-bob", "bob", "message " + i, first + i * 60_000L, "c" + i);
  }

  private int rows() {
    return list.getItems().size();
  }

  private String oldestShown() {
    return list.getItems().stream().filter(ChatLine::isMessage).findFirst().orElseThrow().key();
  }

  /** How far below the view's top the row of {@code key} is; -1 when it is not on screen. */
  private double rowAt(String key) {
    for (int i = flow().getFirstVisibleCell().getIndex(); i <= lastShown(); i++) {
      if (((ChatLine) flow().getVisibleCell(i).getItem()).key().equals(key)) {
        return flow().getVisibleCell(i).getLayoutY();
      }
    }
    return -1;
  }

  private int lastShown() {
    return flow().getLastVisibleCell() == null ? -1 : flow().getLastVisibleCell().getIndex();
  }

  private VirtualFlow<?> flow() {
    return (VirtualFlow<?>) list.lookup(".virtual-flow");
  }

  private static <T> T fx(Callable<T> work) {
    try {
      return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void onFx(Runnable work) {
    fx(
        () -> {
          work.run();
          return null;
        });
  }
}
