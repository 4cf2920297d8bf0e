package chat.client.notify;

import java.util.regex.Pattern;

/**
 * Finds {@code @username} of one user in a message, as a whole word and in any case: "@Alice,"
 * mentions alice; "@alice.smith", "@alicee" and "bob@alice" do not. Usernames are made of {@code
 * A-Z a-z 0-9 _ . -}, so a name ends where none of those follows, or a full stop that ends the
 * sentence.
 */
public final class Mentions {

  private static final String NAME_CHAR = "[A-Za-z0-9_-]";

  private final Pattern pattern;

  public Mentions(String username) {
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

  /** Whether {@code content} mentions the user. */
  public boolean in(String content) {
    return content != null && pattern.matcher(content).find();
  }
}
