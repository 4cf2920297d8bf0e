package chat.client.notify;

import chat.protocol.model.Message;
import java.util.regex.Pattern;

/**
 * Whether a message mentions one user. The server decides: a message that carries {@code mentions}
 * or {@code mentionsRoom} mentions the user when its {@code mentions} hold the user's id or it is
 * for {@code @room}, whatever its text says (a name in a code span, or of someone not in the room,
 * mentions nobody). Only a message from an older server, which sends neither field, is read here:
 * {@code @username} of the user as a whole word and in any case: "@Alice," mentions alice;
 * "@alice.smith", "@alicee" and "bob@alice" do not. Usernames are made of {@code A-Z a-z 0-9 _ .
 * -}, so a name ends where none of those follows, or a full stop that ends the sentence.
 */
public final class Mentions {

  private static final String NAME_CHAR = "[A-Za-z0-9_-]";

  private final String userId;
  private final Pattern pattern;

  public Mentions(String userId, String username) {
    this.userId = userId;
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

  /** Whether {@code message} mentions the user, by name or through {@code @room}. */
  public boolean of(Message message) {
    if (message.mentions() == null && message.mentionsRoom() == null) {
      return message.content() != null && pattern.matcher(message.content()).find();
    }
    return Boolean.TRUE.equals(message.mentionsRoom())
        || (message.mentions() != null && message.mentions().contains(userId));
  }
}
