package chat.client.support;

import chat.protocol.model.Message;
import java.util.List;

/** Messages as a server that reads mentions sends them. */
public final class Mentioning {

  private Mentioning() {}

  /** {@code message} with the server's {@code mentions} and {@code mentionsRoom} (either null). */
  public static Message withMentions(Message message, List<String> mentions, Boolean mentionsRoom) {
    return MessageCopy.of(message).mentioning(mentions, mentionsRoom).message();
  }
}
