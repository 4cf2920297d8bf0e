package chat.client.ui.main;

import chat.client.net.ClientEvent;
import chat.client.ui.chat.ChatViewModel;
import chat.client.ui.moderation.ModerationViewModel;
import chat.client.ui.rooms.RoomItem;
import chat.client.ui.rooms.RoomsViewModel;
import java.util.function.UnaryOperator;

/**
 * A moderator took the user out of a room (a kick or a ban): the room leaves the sidebar; if it was
 * open, the first room left opens instead (or none), with one sentence saying what happened.
 */
final class RoomRemoval {

  private final RoomsViewModel rooms;
  private final ChatViewModel chat;
  private final UnaryOperator<String> names;

  /**
   * @param names a user's shown name by id, or null when unknown
   */
  RoomRemoval(RoomsViewModel rooms, ChatViewModel chat, UnaryOperator<String> names) {
    this.rooms = rooms;
    this.chat = chat;
    this.names = names;
  }

  void removed(ClientEvent.MemberChanged removal) {
    RoomItem room = rooms.find(removal.roomId());
    if (room == null) {
      return;
    }
    boolean open = rooms.selectedProperty().get() == room;
    String notice =
        ModerationViewModel.removalNotice(removal, room.name(), names.apply(removal.byUserId()));
    rooms.removed(room.roomId());
    if (!open) {
      return;
    }
    if (rooms.items().isEmpty()) {
      chat.closeRoom();
    } else {
      rooms.select(rooms.items().getFirst());
    }
    chat.noticeProperty().set(notice);
  }
}
