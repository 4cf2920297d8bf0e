package chat.client.ui.rooms;

import chat.client.net.Session;
import chat.client.ui.PickerViewModel;
import chat.protocol.client.ClientFrame;
import chat.protocol.client.RoomDirectory;
import chat.protocol.client.RoomJoin;
import chat.protocol.model.Room;
import chat.protocol.result.RoomsResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The public rooms directory: search it, join a room. */
public final class BrowseViewModel extends PickerViewModel<Room> {

  public BrowseViewModel(Session client, Consumer<Room> joined) {
    super(client, "No public rooms match.", joined);
    search();
  }

  /** An empty query lists the whole directory. */
  @Override
  protected CompletableFuture<List<Room>> find(String asked) {
    return client
        .request(id -> new RoomDirectory(id, asked.isEmpty() ? null : asked), RoomsResult.class)
        .thenApply(RoomsResult::rooms);
  }

  @Override
  protected ClientFrame choice(String requestId, Room room) {
    return new RoomJoin(requestId, room.roomId());
  }

  @Override
  public String describe(Room room) {
    return room.name()
        + "  ·  "
        + (room.memberCount() == 1 ? "1 member" : room.memberCount() + " members");
  }
}
