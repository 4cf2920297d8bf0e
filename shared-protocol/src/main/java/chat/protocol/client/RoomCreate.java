package chat.protocol.client;

import chat.protocol.Limits;
import chat.protocol.Require;
import chat.protocol.model.RoomVisibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/**
 * Creates a public or private room; direct rooms come only from {@link DmOpen}. The name is stored
 * trimmed. A missing {@code memberIds} is an empty list.
 */
@JsonTypeName("room.create")
public record RoomCreate(
    String requestId,
    String name,
    RoomVisibility visibility,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> memberIds)
    implements ClientFrame {

  public RoomCreate {
    Require.requestId(requestId);
    name = Require.text(name, "name", Limits.MAX_ROOM_NAME_CHARS).strip();
    if (Require.present(visibility, "visibility") == RoomVisibility.DIRECT) {
      throw Require.invalid("visibility", "visibility must be public or private");
    }
    memberIds = Require.optionalIds(memberIds, "memberIds", Limits.MAX_ROOM_MEMBERS_ON_CREATE);
  }
}
