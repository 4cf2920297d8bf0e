package chat.client.ui.chat;

import chat.client.net.ApiException;
import chat.client.net.Failures;
import chat.client.net.MessageLink;
import chat.client.net.Session;
import chat.protocol.ErrorCode;
import chat.protocol.model.Message;
import chat.protocol.result.MessagesResult;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;

/**
 * Links to messages ({@link MessageLink}), as Slack's and Element's "Copy link" give them: the link
 * a row's menu copies, and the message a pasted link names, found for the chat to jump to. The
 * protocol has no request for one message, so it is found among the room's history: the message
 * just before it (or, for a room's first message, just after it) is asked for, then the one next to
 * that, which is it; a message the chat holds is not asked for at all.
 */
public final class MessageLinks {

  private final Session client;
  private final ChatViewModel chat;

  /** Links to messages of {@code client}'s server; {@code chat}'s held messages are used first. */
  public MessageLinks(Session client, ChatViewModel chat) {
    this.client = client;
    this.chat = chat;
  }

  /**
   * The link to {@code line}'s message, or null for a row of none yet (pending, refused, a
   * separator) and for a reply kept to its thread, which the room's history does not show.
   */
  String of(ChatLine line) {
    Message message = line.message();
    if (line.kind() != ChatLine.Kind.MESSAGE
        || message == null
        || (message.threadId() != null && line.repliedIn() == null)) {
      return null;
    }
    return MessageLink.to(client.address(), message.roomId(), message.messageId()).text();
  }

  /**
   * The message {@code text} links to, in a room {@code member} says the reader is in. Fails with
   * an {@link IllegalArgumentException} whose message is one sentence for the reader (see {@link
   * #refusal}) when the text is no such link, names a room the reader is not in, or a message the
   * room no longer has.
   */
  public CompletableFuture<Message> find(String text, Predicate<String> member) {
    MessageLink link;
    try {
      link = MessageLink.parse(text);
    } catch (IllegalArgumentException notALink) {
      return CompletableFuture.failedFuture(notALink);
    }
    if (!member.test(link.roomId())) {
      String here = client.address().hostPort();
      return CompletableFuture.failedFuture(
          new IllegalArgumentException(
              link.hostPort().equalsIgnoreCase(here)
                  ? "You are not in the room of this message: join it first."
                  : "This link is to a message on "
                      + link.hostPort()
                      + ", and this app is signed in to "
                      + here
                      + "."));
    }
    Message held = chat.held(link.roomId(), link.messageId());
    if (held != null) {
      return CompletableFuture.completedFuture(held);
    }
    return nextTo(link).thenApply(page -> only(page, link.messageId()));
  }

  /** The sentence to show for a failed {@link #find}. */
  public static String refusal(Throwable failure) {
    Throwable cause = Failures.unwrap(failure);
    if (cause instanceof IllegalArgumentException sentence) {
      return sentence.getMessage();
    }
    if (cause instanceof ApiException refused && refused.code() == ErrorCode.INVALID_INPUT) {
      return gone().getMessage();
    }
    return Failures.describe(cause);
  }

  /** A page of one message that is the linked one, if the room still has it. */
  private CompletableFuture<MessagesResult> nextTo(MessageLink link) {
    String room = link.roomId();
    return client
        .history(room, link.messageId(), null, 1)
        .thenCompose(
            before ->
                before.messages().isEmpty()
                    ? client
                        .history(room, null, link.messageId(), 1)
                        .thenCompose(
                            after ->
                                after.messages().isEmpty()
                                    ? client.history(room, null, null, 1)
                                    : client.history(
                                        room, after.messages().getFirst().messageId(), null, 1))
                    : client.history(room, null, before.messages().getFirst().messageId(), 1));
  }

  private static Message only(MessagesResult page, String messageId) {
    return page.messages().stream()
        .filter(m -> m.messageId().equals(messageId))
        .findFirst()
        .orElseThrow(() -> new CompletionException(gone()));
  }

  private static IllegalArgumentException gone() {
    return new IllegalArgumentException("This message is no longer in its room.");
  }
}
