package chat.client.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.config.Settings;
import chat.client.config.Settings.NotifyLevel;
import chat.client.notify.Alerts;
import chat.client.notify.Mentions;
import chat.client.support.MovableClock;
import chat.client.ui.rooms.RoomsViewModel;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings' notification levels: they read and write the levels the room header's menu and the
 * notifications use, kept per server in the settings file.
 */
class RoomLevelsViewModelTest {

  private static final String SERVER = "http://127.0.0.1:5000";
  private static final String OTHER_SERVER = "http://10.0.0.9:5000";

  @TempDir Path dir;
  private Settings settings;
  private Alerts alerts;
  private final RoomsViewModel rooms =
      new RoomsViewModel("u-alice", "alice", new Mentions("u-alice", "alice", false));

  @BeforeEach
  void create() {
    settings = Settings.load(dir.resolve("settings.json"));
    alerts =
        new Alerts(
            settings,
            new Preferences(settings).doNotDisturbProperty(),
            new Alerts.Me(SERVER, "u-alice", "alice", false),
            (title, body, onClick) -> {},
            () -> true,
            () -> {},
            new MovableClock());
    rooms.listed(List.of(room("r-lobby", "lobby"), room("r-news", "news"), room("r-ops", "ops")));
  }

  @Test
  void onlyTheRoomsOfThisServerWithALevelOfTheirOwnAreListed() {
    settings.setNotifyLevel(SERVER, "r-news", NotifyLevel.MUTED);
    settings.setNotifyLevel(SERVER, "r-ops", NotifyLevel.MENTIONS_AND_DIRECT);
    settings.setNotifyLevel(OTHER_SERVER, "r-lobby", NotifyLevel.MUTED);

    RoomLevelsViewModel levels = new RoomLevelsViewModel(rooms.items(), alerts);

    assertThat(levels.rows())
        .extracting(RoomLevelsViewModel.Row::name)
        .containsExactly("news", "ops");
    assertThat(levels.level(levels.rows().getFirst())).isEqualTo(NotifyLevel.MUTED);
  }

  @Test
  void aLevelChangedInTheSettingsIsTheOneTheOpenRoomsHeaderShowsAndTheFileKeeps() {
    settings.setNotifyLevel(SERVER, "r-news", NotifyLevel.MENTIONS_AND_DIRECT);
    alerts.roomOpened("r-news");
    RoomLevelsViewModel levels = new RoomLevelsViewModel(rooms.items(), alerts);

    levels.change(levels.rows().getFirst(), NotifyLevel.MUTED);

    assertThat(alerts.levelProperty().get()).isEqualTo(NotifyLevel.MUTED);
    assertThat(Settings.load(dir.resolve("settings.json")).notifyLevel(SERVER, "r-news"))
        .isEqualTo(NotifyLevel.MUTED);
    assertThat(levels.rows()).hasSize(1);
  }

  @Test
  void backToTheDefaultDropsTheRowAndTheSavedLevel() {
    settings.setNotifyLevel(SERVER, "r-news", NotifyLevel.MUTED);
    alerts.roomOpened("r-news");
    RoomLevelsViewModel levels = new RoomLevelsViewModel(rooms.items(), alerts);

    levels.backToDefault(levels.rows().getFirst());

    assertThat(levels.rows()).isEmpty();
    assertThat(alerts.levelProperty().get()).isEqualTo(NotifyLevel.ALL);
    assertThat(Settings.load(dir.resolve("settings.json")).notifyLevel(SERVER, "r-news"))
        .isEqualTo(NotifyLevel.ALL);
    assertThat(new RoomLevelsViewModel(rooms.items(), alerts).rows()).isEmpty();
  }

  @Test
  void aRoomSetToAllUnderAMutedDefaultIsListedAndTheDefaultReachesTheOthers() {
    settings.setDefaultNotifyLevel(NotifyLevel.MUTED);
    settings.setNotifyLevel(SERVER, "r-news", NotifyLevel.ALL);
    alerts.roomOpened("r-lobby");
    RoomLevelsViewModel levels = new RoomLevelsViewModel(rooms.items(), alerts);
    assertThat(levels.rows()).extracting(RoomLevelsViewModel.Row::name).containsExactly("news");
    assertThat(levels.level(levels.rows().getFirst())).isEqualTo(NotifyLevel.ALL);

    levels.changeDefault(NotifyLevel.MENTIONS_AND_DIRECT);

    assertThat(alerts.levelProperty().get())
        .as("the open room's header")
        .isEqualTo(NotifyLevel.MENTIONS_AND_DIRECT);
    assertThat(Settings.load(dir.resolve("settings.json")).notifyLevel(SERVER, "r-ops"))
        .isEqualTo(NotifyLevel.MENTIONS_AND_DIRECT);
    assertThat(levels.level(levels.rows().getFirst())).isEqualTo(NotifyLevel.ALL);
  }

  private static Room room(String id, String name) {
    return new Room(id, name, RoomVisibility.PUBLIC, "u-bob", 0, 2);
  }
}
