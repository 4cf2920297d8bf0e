package chat.server.store;

import chat.protocol.model.Message;
import java.util.List;

/**
 * The messages of a room changed after a change position, as they are now, oldest change first;
 * {@code changeSeq} is the position they reach (the room's counter when nothing lies beyond), and
 * {@code more} says whether changes lie beyond it.
 */
public record ChangePage(List<Message> messages, long changeSeq, boolean more) {

  public ChangePage {
    messages = List.copyOf(messages);
  }
}
