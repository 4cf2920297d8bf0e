package chat.client.ui.jump;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.notify.Mentions;
import chat.client.ui.rooms.RoomItem;
import chat.client.ui.rooms.RoomsViewModel;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JumpViewModelTest {

  @Test
  void typingNarrowsTheRoomsAndEnterOpensTheFirstMatch() {
    RoomsViewModel rooms =
        new RoomsViewModel("u-alice", "alice", new Mentions("u-alice", "alice", false));
    rooms.listed(
        List.of(
            new Room("r1", "design", RoomVisibility.PUBLIC, "u", 0, 1),
            new Room("r2", "release", RoomVisibility.PUBLIC, "u", 0, 1),
            new Room("r3", "random", RoomVisibility.PRIVATE, "u", 0, 1)));
    List<RoomItem> opened = new ArrayList<>();
    JumpViewModel jump = new JumpViewModel(rooms.items(), opened::add);

    jump.queryProperty().set("RE");
    assertThat(jump.matches()).extracting(RoomItem::name).containsExactly("release");

    jump.choose(null);
    assertThat(opened).extracting(RoomItem::name).containsExactly("release");
  }
}
