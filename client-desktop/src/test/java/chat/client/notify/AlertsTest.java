package chat.client.notify;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.config.Settings;
import chat.client.config.Settings.NotifyLevel;
import chat.client.config.Settings.Switch;
import chat.client.support.MovableClock;
import chat.client.ui.settings.Preferences;
import chat.protocol.model.Message;
import chat.protocol.model.RoomVisibility;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertsTest {

  private static final String SERVER = "http://127.0.0.1:5000";

  /** What a notifier was asked to show. */
  private record Shown(String title, String body, Runnable onClick) {}

  @TempDir Path dir;
  private final List<Shown> shown = new ArrayList<>();
  private final List<String> opened = new ArrayList<>();
  private final AtomicBoolean focused = new AtomicBoolean(true);
  private final MovableClock clock = new MovableClock();
  private int raised;
  private Settings settings;
  private Alerts alerts;

  @BeforeEach
  void create() {
    settings = Settings.load(dir.resolve("settings.json"));
    alerts = alerts(false);
  }

  /** Alerts for alice, on a server that reads mentions or an older one. */
  private Alerts alerts(boolean serverReadsMentions) {
    return new Alerts(
        settings,
        new Preferences(settings).doNotDisturbProperty(),
        new Alerts.Me(SERVER, "u-alice", "alice", serverReadsMentions),
        (title, body, onClick) -> shown.add(new Shown(title, body, onClick)),
        focused::get,
        () -> raised++,
        clock);
  }

  @Test
  void aMessageInABackgroundRoomRaisesOneNotificationThatOpensTheRoom() {
    alerts.roomOpened("r-other");

    arrive("r-lobby", "u-bob", "lunch?", RoomVisibility.PUBLIC);

    assertThat(shown).hasSize(1);
    assertThat(shown.getFirst().title()).isEqualTo("bob in lobby");
    assertThat(shown.getFirst().body()).isEqualTo("lunch?");
    shown.getFirst().onClick().run();
    assertThat(opened).containsExactly("r-lobby");
    assertThat(raised).isEqualTo(1);
  }

  @Test
  void aDirectMessageIsTitledWithTheSender() {
    arrive("r-dm", "u-bob", "hi", RoomVisibility.DIRECT);

    assertThat(shown).extracting(Shown::title).containsExactly("bob");
  }

  @Test
  void ownMessagesRaiseNothing() {
    arrive("r-lobby", "u-alice", "mine", RoomVisibility.PUBLIC);

    assertThat(shown).isEmpty();
  }

  @Test
  void theRoomOnScreenRaisesNothingWhileTheWindowIsFocusedAndOneWhenItIsNot() {
    alerts.roomOpened("r-lobby");

    arrive("r-lobby", "u-bob", "seen", RoomVisibility.PUBLIC);
    focused.set(false);
    arrive("r-lobby", "u-bob", "away", RoomVisibility.PUBLIC);

    assertThat(shown).extracting(Shown::body).containsExactly("away");
  }

  @Test
  void aMutedRoomRaisesNone() {
    settings.setNotifyLevel(SERVER, "r-lobby", NotifyLevel.MUTED);

    arrive("r-lobby", "u-bob", "@alice look", RoomVisibility.PUBLIC);

    assertThat(shown).isEmpty();
  }

  @Test
  void mentionsAndDirectOnlyLetsThroughMentionsOfMeAndDirectRooms() {
    settings.setNotifyLevel(SERVER, "r-lobby", NotifyLevel.MENTIONS_AND_DIRECT);
    settings.setNotifyLevel(SERVER, "r-dm", NotifyLevel.MENTIONS_AND_DIRECT);

    arrive("r-lobby", "u-bob", "chatter", RoomVisibility.PUBLIC);
    arrive("r-lobby", "u-bob", "@bobby and @alicex", RoomVisibility.PUBLIC);
    arrive("r-lobby", "u-bob", "ask @Alice", RoomVisibility.PUBLIC);
    arrive("r-dm", "u-bob", "psst", RoomVisibility.DIRECT);

    assertThat(shown).extracting(Shown::body).containsExactly("ask @Alice", "psst");
  }

  @Test
  void aMentionFromTheServerNotifiesInARoomSetToMentionsOnly() {
    settings.setNotifyLevel(SERVER, "r-lobby", NotifyLevel.MENTIONS_AND_DIRECT);

    arrive(message("r-lobby", "u-bob", "hey you").withMentions(List.of("u-alice"), null));
    arrive(message("r-lobby", "u-bob", "@room standup").withMentions(null, true));

    assertThat(shown).extracting(Shown::body).containsExactly("hey you", "@room standup");
  }

  @Test
  void myNameInTheTextNotifiesNothingWhenTheServerSaysItMentionsOthers() {
    settings.setNotifyLevel(SERVER, "r-lobby", NotifyLevel.MENTIONS_AND_DIRECT);

    arrive(
        message("r-lobby", "u-bob", "`@alice` in code, and @carol")
            .withMentions(List.of("u-carol"), false));

    assertThat(shown).isEmpty();
  }

  @Test
  void onAServerThatReadsMentionsMyNameInCodeNotifiesNothing() {
    alerts = alerts(true);
    settings.setNotifyLevel(SERVER, "r-lobby", NotifyLevel.MENTIONS_AND_DIRECT);

    arrive("r-lobby", "u-bob", "run `@alice deploy`", RoomVisibility.PUBLIC);

    assertThat(shown).isEmpty();
  }

  @Test
  void doNotDisturbSilencesEveryRoomAndIsSaved() {
    alerts.doNotDisturbProperty().set(true);

    arrive("r-dm", "u-bob", "psst", RoomVisibility.DIRECT);

    assertThat(shown).isEmpty();
    assertThat(Settings.load(dir.resolve("settings.json")).isOn(Switch.DO_NOT_DISTURB)).isTrue();
  }

  @Test
  void aMutedDefaultSilencesTheRoomsWithoutALevelOfTheirOwnOnly() {
    settings.setNotifyLevel(SERVER, "r-news", NotifyLevel.ALL);
    alerts.roomOpened("r-lobby");

    alerts.setDefaultLevel(NotifyLevel.MUTED);
    arrive("r-other", "u-bob", "unheard", RoomVisibility.PUBLIC);
    arrive("r-news", "u-bob", "heard", RoomVisibility.PUBLIC);

    assertThat(shown).extracting(Shown::body).containsExactly("heard");
    assertThat(alerts.levelProperty().get())
        .as("the open room's header")
        .isEqualTo(NotifyLevel.MUTED);
    assertThat(Settings.load(dir.resolve("settings.json")).defaultNotifyLevel())
        .isEqualTo(NotifyLevel.MUTED);
  }

  @Test
  void theLevelChosenForTheOpenRoomIsSavedForThatRoomOnThatServer() {
    alerts.roomOpened("r-lobby");

    alerts.setLevel(NotifyLevel.MUTED);

    Settings reloaded = Settings.load(dir.resolve("settings.json"));
    assertThat(reloaded.notifyLevel(SERVER, "r-lobby")).isEqualTo(NotifyLevel.MUTED);
    assertThat(reloaded.notifyLevel(SERVER, "r-other")).isEqualTo(NotifyLevel.ALL);
    assertThat(reloaded.notifyLevel("http://elsewhere:5000", "r-lobby")).isEqualTo(NotifyLevel.ALL);
    alerts.roomOpened("r-other");
    assertThat(alerts.levelProperty().get()).isEqualTo(NotifyLevel.ALL);
    alerts.roomOpened("r-lobby");
    assertThat(alerts.levelProperty().get()).isEqualTo(NotifyLevel.MUTED);
  }

  @Test
  void aMessageCaughtUpLongAfterItWasSentRaisesNone() {
    long sent = clock.millis();
    arrive("r-lobby", "u-bob", "fresh", RoomVisibility.PUBLIC, sent);
    clock.advance(Alerts.STALE.plusSeconds(1));

    arrive("r-lobby", "u-bob", "old news", RoomVisibility.PUBLIC, sent);

    assertThat(shown).extracting(Shown::body).containsExactly("fresh");
  }

  @Test
  void aLongMessageIsShortenedInTheNotification() {
    arrive("r-lobby", "u-bob", "x".repeat(1000), RoomVisibility.PUBLIC);

    assertThat(shown.getFirst().body()).hasSize(200).endsWith("…");
  }

  private void arrive(String roomId, String senderId, String content, RoomVisibility visibility) {
    arrive(roomId, senderId, content, visibility, clock.millis());
  }

  private void arrive(
      String roomId, String senderId, String content, RoomVisibility visibility, long sentAt) {
    String sender = senderId.substring(2);
    Message message = Message.text("m-" + content, roomId, senderId, sender, content, sentAt, null);
    alerts.arrived(message, visibility, roomId.substring(2), () -> opened.add(roomId));
  }

  private Message message(String roomId, String senderId, String content) {
    String sender = senderId.substring(2);
    return Message.text("m-" + content, roomId, senderId, sender, content, clock.millis(), null);
  }

  private void arrive(Message message) {
    String roomId = message.roomId();
    alerts.arrived(message, RoomVisibility.PUBLIC, roomId.substring(2), () -> opened.add(roomId));
  }
}
