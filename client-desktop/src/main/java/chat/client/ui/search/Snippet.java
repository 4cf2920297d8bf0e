package chat.client.ui.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A search result's {@code highlight} split into plain and matched parts, so that the view draws
 * the matched ones marked as text nodes of their own: the snippet is never read as markup. The
 * server wraps each match in {@code [[ ]]} and does not escape them, so a marker the message itself
 * holds is read leniently: a {@code ]]} with nothing open, and a {@code [[} never closed, are text.
 */
public record Snippet(List<Part> parts) {

  private static final String OPEN = "[[";
  private static final String CLOSE = "]]";

  /** A run of the snippet's text, matched by the query or not. */
  public record Part(String text, boolean matched) {}

  public Snippet {
    parts = List.copyOf(parts);
  }

  /** Splits a server {@code highlight}. */
  public static Snippet parse(String highlight) {
    List<Part> parts = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    int at = 0;
    while (at < highlight.length()) {
      int open = highlight.indexOf(OPEN, at);
      int close = open < 0 ? -1 : highlight.indexOf(CLOSE, open + OPEN.length());
      if (close < 0) {
        plain.append(highlight, at, highlight.length());
        break;
      }
      plain.append(highlight, at, open);
      String matched = highlight.substring(open + OPEN.length(), close);
      if (matched.isEmpty()) {
        plain.append(OPEN).append(CLOSE);
      } else {
        flush(plain, parts);
        parts.add(new Part(matched, true));
      }
      at = close + CLOSE.length();
    }
    flush(plain, parts);
    return new Snippet(parts);
  }

  /** The snippet as plain text, without markers (what a screen reader reads). */
  public String text() {
    StringBuilder text = new StringBuilder();
    parts.forEach(part -> text.append(part.text()));
    return text.toString();
  }

  private static void flush(StringBuilder plain, List<Part> parts) {
    if (!plain.isEmpty()) {
      parts.add(new Part(plain.toString(), false));
      plain.setLength(0);
    }
  }
}
