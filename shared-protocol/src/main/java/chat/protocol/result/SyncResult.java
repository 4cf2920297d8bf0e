package chat.protocol.result;

import java.util.Map;

/**
 * The result of {@code sync}: by roomId, the messages after the cursor and the changes after the
 * change position; rooms the caller is not in are left out.
 */
public record SyncResult(Map<String, SyncRoom> rooms) {}
