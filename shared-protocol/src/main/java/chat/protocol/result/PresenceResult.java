package chat.protocol.result;

import chat.protocol.model.PresenceEntry;
import java.util.List;

/** The result of {@code presence.query}. */
public record PresenceResult(List<PresenceEntry> presence) {}
