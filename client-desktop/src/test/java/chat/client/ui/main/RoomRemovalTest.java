package chat.client.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.net.ClientEvent;
import chat.client.notify.Mentions;
import chat.client.support.LiveRoom;
import chat.client.support.Waits;
import chat.client.ui.chat.ChatViewModel;
import chat.client.ui.rooms.RoomItem;
import chat.client.ui.rooms.RoomsViewModel;
import chat.protocol.client.RoomBan;
import chat.protocol.client.RoomJoin;
import chat.protocol.client.RoomKick;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.EmptyResult;
import chat.protocol.result.RoomResult;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Alice's app is in bob's room and her own; bob, the owner of his, takes her out of it. */
class RoomRemovalTest {

  @RegisterExtension final LiveRoom live = LiveRoom.aliceAndBob();

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
}
