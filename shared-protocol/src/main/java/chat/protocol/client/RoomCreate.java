package chat.protocol.client;

import chat.protocol.Limits;
import chat.protocol.Require;
import chat.protocol.model.RoomVisibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/**
 * Creates a public or private room; direct rooms come only from {@link DmOpen}. The name is stored
 * trimmed. A missing {@code memberIds} is an empty list. {@code encrypted} (true, only for a
 * private room; false or missing: not) makes an end-to-end encrypted room, for good.
 */
@JsonTypeName("room.create")
public record RoomCreate(
    String requestId,
    String name,
    RoomVisibility visibility,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> memberIds,
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean encrypted)
    implements ClientFrame {

  public RoomCreate {
    Require.requestId(requestId);
    name = Require.text(name, "name", Limits.MAX_ROOM_NAME_CHARS).strip();
    if (Require.present(visibility, "visibility") == RoomVisibility.DIRECT) {
      throw Require.invalid("visibility", "visibility must be public or private");
    }
    memberIds = Require.optionalIds(memberIds, "memberIds", Limits.MAX_ROOM_MEMBERS_ON_CREATE);
    if (Boolean.TRUE.equals(encrypted) && visibility != RoomVisibility.PRIVATE) {
      throw Require.invalid("encrypted", "only a private room can be encrypted");
    }
  }

  /** A room in clear. */
  public RoomCreate(
      String requestId, String name, RoomVisibility visibility, List<String> memberIds) {
    this(requestId, name, visibility, memberIds, null);
  }

  /** Whether the room is to be end-to-end encrypted. */
  public boolean asksEncryption() {
    return Boolean.TRUE.equals(encrypted);
  }
}
