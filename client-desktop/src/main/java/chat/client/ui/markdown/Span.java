package chat.client.ui.markdown;

import java.util.List;

/**
 * A run of a message's text as shown: its characters, the style classes of its {@code Text} node
 * ({@code content-text} or {@code link-text}, then the Markdown ones such as {@code md-bold}), and
 * the target it opens on a click, or null when it opens nothing.
 */
public record Span(String text, List<String> styles, String link) {

  /** The style class of an {@code @name} that mentions the reader, marked behind the text too. */
  public static final String MENTION_SELF = "mention-self";

  public Span {
    styles = List.copyOf(styles);
  }

  /** Plain text in the message's usual style. */
  public static Span plain(String text) {
    return new Span(text, List.of("content-text"), null);
  }

  /** Whether the text gets a highlight painted behind it, as a mention of the reader does. */
  public boolean marked() {
    return styles.contains(MENTION_SELF);
  }
}
