package chat.server.store;

import chat.protocol.model.Message;
import java.util.List;

/**
 * A page of a room's history, oldest first; {@code hasMore} says whether more messages lie beyond
 * it in the direction of travel.
 */
public record MessagePage(List<Message> messages, boolean hasMore) {}
