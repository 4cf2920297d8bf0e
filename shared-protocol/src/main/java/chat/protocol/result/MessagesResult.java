package chat.protocol.result;

import chat.protocol.model.Message;
import java.util.List;

/**
 * A page of messages, oldest first, as {@code message.history}, {@code thread.history} and each
 * room of {@code sync} answer it. {@code hasMore} says whether more lie beyond the page in the
 * direction of travel.
 */
public record MessagesResult(List<Message> messages, boolean hasMore) {}
