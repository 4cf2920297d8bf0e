package chat.client.ui.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the web links in a message, so that the chat can make them clickable. */
final class Links {

  /** A piece of a message: plain text, or a link to open. */
  record Segment(String text, boolean link) {}

  /** http(s) URLs up to the next space; trailing punctuation belongs to the sentence. */
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]]");

  private Links() {}

  static List<Segment> split(String text) {
    List<Segment> segments = new ArrayList<>();
    Matcher matcher = URL.matcher(text);
    int at = 0;
    while (matcher.find()) {
      if (matcher.start() > at) {
        segments.add(new Segment(text.substring(at, matcher.start()), false));
      }
      segments.add(new Segment(matcher.group(), true));
      at = matcher.end();
    }
    if (at < text.length()) {
      segments.add(new Segment(text.substring(at), false));
    }
    return segments;
  }
}
