package chat.client.ui.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the {@code @username} spans of a text: {@code mention} for a member, {@code mention-self}
 * for the reader and for {@code @room}. An {@code @name} stands as a whole word, as the server and
 * {@code notify.Mentions} read it ("bob@example" and a sentence's closing full stop are not part of
 * one). When the server said whom a message mentions ({@link Mentioned}), only those are marked.
 */
final class MentionSpans {

  static final String MENTION = "mention";
  static final String ROOM = "room";

  /** A username: 3 to 32 of {@code A-Z a-z 0-9 _ . -}, not ending in a full stop. */
  private static final Pattern AT_NAME =
      Pattern.compile(
          "(?<![A-Za-z0-9_.@-])@([A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*)(?![A-Za-z0-9_@-])");

  private static final int MIN_NAME = 3;
  private static final int MAX_NAME = 32;

  private final String readerName;

  MentionSpans(String readerName) {
    this.readerName = readerName.toLowerCase(Locale.ROOT);
  }

  /** {@code text} in {@code styles}, with its mentions split off and given their class too. */
  List<Span> split(String text, List<String> styles, Mentioned mentioned) {
    List<Span> spans = new ArrayList<>(1);
    Matcher matcher = AT_NAME.matcher(text);
    int at = 0;
    while (matcher.find()) {
      String style = styleOf(matcher.group(1), mentioned);
      if (style == null) {
        continue;
      }
      if (matcher.start() > at) {
        spans.add(new Span(text.substring(at, matcher.start()), styles, null));
      }
      List<String> marked = new ArrayList<>(styles);
      marked.add(style);
      spans.add(new Span(matcher.group(), marked, null));
      at = matcher.end();
    }
    if (at < text.length()) {
      spans.add(new Span(text.substring(at), styles, null));
    }
    return spans;
  }

  /** The class of {@code @name}, or null when it is no mention. */
  private String styleOf(String name, Mentioned mentioned) {
    if (name.length() < MIN_NAME || name.length() > MAX_NAME) {
      return null;
    }
    String folded = name.toLowerCase(Locale.ROOT);
    if (folded.equals(readerName)) {
      return !mentioned.said() || mentioned.reader() ? Span.MENTION_SELF : null;
    }
    if (folded.equals(ROOM)) {
      return !mentioned.said() || mentioned.room() ? Span.MENTION_SELF : null;
    }
    return !mentioned.said() || mentioned.others() ? MENTION : null;
  }
}
