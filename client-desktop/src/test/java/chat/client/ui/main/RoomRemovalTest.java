package chat.client.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.config.Settings;
import chat.client.net.ClientEvent;
import chat.client.notify.Alerts;
import chat.client.notify.Mentions;
import chat.client.support.LiveRoom;
import chat.client.support.MovableClock;
import chat.client.support.Waits;
import chat.client.ui.chat.ChatViewModel;
import chat.client.ui.chat.MembersViewModel;
import chat.client.ui.chat.SeenByViewModel;
import chat.client.ui.chat.ThreadViewModel;
import chat.client.ui.chat.TypingViewModel;
import chat.client.ui.e2ee.Encryption;
import chat.client.ui.moderation.ModerationViewModel;
import chat.client.ui.rooms.DirectPresence;
import chat.client.ui.rooms.RoomItem;
import chat.client.ui.rooms.RoomsViewModel;
import chat.client.ui.settings.Preferences;
import chat.protocol.client.RoomBan;
import chat.protocol.client.RoomJoin;
import chat.protocol.client.RoomKick;
import chat.protocol.model.ModerationAction;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.EmptyResult;
import chat.protocol.result.RoomResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Alice's app is in bob's room and her own; bob, the owner of his, takes her out of it. */
class RoomRemovalTest {

  @RegisterExtension final LiveRoom live = LiveRoom.aliceAndBob();
  @TempDir Path dir;

  private RoomsViewModel rooms;
  private ChatViewModel chat;
  private Room bobs;

  @BeforeEach
  void start() {
    bobs = live.bob().createRoom("bobs", RoomVisibility.PUBLIC, List.of());
    Room joined =
        live.client()
            .request(id -> new RoomJoin(id, bobs.roomId()), RoomResult.class)
            .toCompletableFuture()
            .join()
            .room();
    rooms =
        new RoomsViewModel(
            live.client().me().userId(), live.client().me().username(), Mentions.of(live.client()));
    chat = new ChatViewModel(live.client(), ZoneOffset.UTC);
    rooms.changed(live.room());
    // As the app does: selecting a room opens it.
    rooms
        .selectedProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                chat.open(now.roomId(), 0);
              }
            });
    RoomItem item = rooms.changed(joined);
    rooms.select(item);
    RoomRemoval removal = new RoomRemoval(rooms, chat, id -> "Bob");
    String me = live.client().me().userId();
    live.client()
        .addListener(
            event -> {
              if (event instanceof ClientEvent.MemberChanged m && m.removes(me)) {
                removal.removed(m);
              }
            });
  }

  @Test
  void aKickedMembersOpenRoomLeavesTheSidebarWithANotice() {
    live.bob()
        .request(
            id -> new RoomKick(id, bobs.roomId(), live.client().me().userId()), EmptyResult.class);

    Waits.until("the room gone", () -> rooms.find(bobs.roomId()) == null);
    assertThat(rooms.items()).extracting(RoomItem::roomId).containsExactly(live.room().roomId());
    assertThat(rooms.selectedProperty().get().roomId()).isEqualTo(live.room().roomId());
    assertThat(chat.noticeProperty().get()).isEqualTo("You were removed from #bobs by Bob");
  }

  @Test
  void aBannedMemberIsToldTheyWereBanned() {
    live.bob()
        .request(
            id -> new RoomBan(id, bobs.roomId(), live.client().me().userId(), null),
            EmptyResult.class);

    Waits.until("the room gone", () -> rooms.find(bobs.roomId()) == null);
    assertThat(chat.noticeProperty().get()).isEqualTo("You were banned from #bobs by Bob");
  }

  @Test
  void aRemovalStillQueuedAfterSigningOutTakesTheRoomOutWithoutFailing() {
    String me = live.client().me().userId();
    MainEvents events = mainEvents(me);
    live.client().logout().join();
    assertThat(live.client().me()).isNull();

    events.handle(
        new ClientEvent.MemberChanged(
            bobs.roomId(), me, ModerationAction.KICK, null, null, live.bob().userId()));

    assertThat(rooms.find(bobs.roomId())).isNull();
  }

  /**
   * The main window's event routing over this test's sidebar and timeline, as the app builds it.
   */
  private MainEvents mainEvents(String me) {
    Settings settings = Settings.load(dir.resolve("settings.json"));
    Alerts alerts =
        new Alerts(
            settings,
            new Preferences(settings).doNotDisturbProperty(),
            Alerts.Me.of(live.client()),
            (title, body, onClick) -> {},
            () -> true,
            () -> {},
            new MovableClock());
    ThreadViewModel thread = new ThreadViewModel(live.client(), ZoneOffset.UTC, chat.threads());
    MainEvents.Panels panels =
        new MainEvents.Panels(
            rooms,
            chat,
            thread,
            new MembersViewModel(live.client()),
            new TypingViewModel(live.client(), Clock.systemUTC()),
            new SeenByViewModel(live.client(), chat),
            new ModerationViewModel(live.client(), Clock.systemUTC(), ZoneOffset.UTC),
            new DirectPresence(live.client()));
    return new MainEvents(
        me,
        panels,
        new RoomRemoval(rooms, chat, id -> "Bob"),
        alerts,
        room -> {},
        room -> {},
        notice -> {},
        Encryption.off().messages());
  }
}
