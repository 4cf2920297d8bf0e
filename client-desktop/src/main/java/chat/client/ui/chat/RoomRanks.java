package chat.client.ui.chat;

/**
 * Who the reader outranks in a room (see {@code RoomRole}): moderators and the owner may delete the
 * messages of those ranked below them, and pin. Knows nothing by default.
 */
public interface RoomRanks {

  RoomRanks NONE =
      new RoomRanks() {
        @Override
        public boolean moderates(String roomId) {
          return false;
        }

        @Override
        public boolean outranks(String roomId, String userId) {
          return false;
        }
      };

  /** Whether the reader is the owner or a moderator of {@code roomId}. */
  boolean moderates(String roomId);

  /** Whether the reader ranks above {@code userId} in {@code roomId}, and may act on them. */
  boolean outranks(String roomId, String userId);
}
