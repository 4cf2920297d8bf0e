package chat.protocol.result;

import java.util.Map;

/** The result of {@code sync}: by roomId, the messages after the cursor; other rooms left out. */
public record SyncResult(Map<String, MessagesResult> rooms) {}
