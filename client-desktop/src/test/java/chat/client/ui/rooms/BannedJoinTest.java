package chat.client.ui.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.support.LiveRoom;
import chat.client.support.Waits;
import chat.protocol.client.RoomBan;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.result.EmptyResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BannedJoinTest {

  @RegisterExtension final LiveRoom live = LiveRoom.aliceAndBob();

  @Test
  void joiningARoomOneIsBannedFromSaysSoInOneSentence() {
    Room bobs = live.bob().createRoom("bobs", RoomVisibility.PUBLIC, List.of());
    String me = live.client().me().userId();
    live.bob().request(id -> new RoomBan(id, bobs.roomId(), me, 3600L), EmptyResult.class);
    BrowseViewModel browse = new BrowseViewModel(live.client(), joined -> {});
    Waits.until("the directory", () -> !browse.results().isEmpty());

    browse.choose(bobs);

    Waits.until("the refusal", () -> !browse.errorProperty().get().isEmpty());
    assertThat(browse.errorProperty().get())
        .isEqualTo("You are banned from this room for another 1 h");
  }

  @Test
  void aBanForGoodSaysNoEnd() {
    Room bobs = live.bob().createRoom("bobs", RoomVisibility.PUBLIC, List.of());
    String me = live.client().me().userId();
    live.bob().request(id -> new RoomBan(id, bobs.roomId(), me, null), EmptyResult.class);
    BrowseViewModel browse = new BrowseViewModel(live.client(), joined -> {});
    Waits.until("the directory", () -> !browse.results().isEmpty());

    browse.choose(bobs);

    Waits.until(
        "the refusal", () -> browse.errorProperty().get().equals("You are banned from this room"));
  }
}
