package chat.client.notify;

import chat.client.net.Session;
import chat.protocol.Features;
import chat.protocol.model.Message;
import java.util.regex.Pattern;

/**
 * Whether a message mentions one user. The server decides: a message mentions the user when its
 * {@code mentions} hold the user's id or its {@code mentionsRoom} is true, whatever its text says
 * (a name in a code span mentions nobody). A server that lists the {@code at-mentions} feature
 * leaves both out of a message that mentions nobody; only a message from an older server, which
 * reads no mentions and sends neither field, is read here: {@code @username} of the user as a whole
 * word and in any case: "@Alice," mentions alice; "@alice.smith", "@alicee" and "bob@alice" do not.
 * Usernames are made of {@code A-Z a-z 0-9 _ . -}, so a name ends where none of those follows, or a
 * full stop that ends the sentence.
 */
public final class Mentions {

  private static final String NAME_CHAR = "[A-Za-z0-9_-]";

  private final String userId;
  private final boolean serverReadsMentions;
  private final Pattern pattern;

  /**
   * @param serverReadsMentions whether the server lists the {@code at-mentions} feature
   */
  public Mentions(String userId, String username, boolean serverReadsMentions) {
    this.userId = userId;
    this.serverReadsMentions = serverReadsMentions;
    this.pattern =
        Pattern.compile(
            "(?<![A-Za-z0-9_.@-])@"
                + Pattern.quote(username)
                + "(?!"
                + NAME_CHAR
                + "|\\."
                + NAME_CHAR
                + ")",
            Pattern.CASE_INSENSITIVE);
  }

  /** Mentions of the user signed in on {@code session}, as its server reads them. */
  public static Mentions of(Session session) {
    return new Mentions(
        session.me().userId(),
        session.me().username(),
        session.serverInfo().features().contains(Features.MENTIONS));
  }

  /** Whether {@code message} mentions the user, by name or through {@code @room}. */
  public boolean of(Message message) {
    boolean said = message.mentions() != null || message.mentionsRoom() != null;
    if (!said && !serverReadsMentions) {
      return message.content() != null && pattern.matcher(message.content()).find();
    }
    return Boolean.TRUE.equals(message.mentionsRoom())
        || (message.mentions() != null && message.mentions().contains(userId));
  }
}
