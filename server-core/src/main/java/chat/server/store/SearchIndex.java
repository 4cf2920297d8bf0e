package chat.server.store;

import chat.protocol.model.Message;
import java.util.List;

/**
 * Full-text search over the message log. There is no method to add a message: every message the
 * {@link MessageStore} appends is indexed by the append itself, and is found by {@link #search} as
 * soon as the append has returned. Words are what {@link SearchText} says they are, in every
 * adapter, so a query finds the same messages in either store.
 */
public interface SearchIndex {

  /** The messages that match, newest first, at most {@code query.limit()}. */
  List<Message> search(MessageQuery query);
}
