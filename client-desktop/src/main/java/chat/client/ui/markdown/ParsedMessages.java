package chat.client.ui.markdown;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Messages read as Markdown (CommonMark with GFM strikethrough and autolinks), each parsed once: a
 * list cell shows a message again every time it scrolls back into view or changes in a part that is
 * not its text (a reaction, a reply, its state), and the parse is the same each time. Kept by
 * content alone: the content is all a parse depends on, so an edit (new content) is parsed anew,
 * and the same text parses the same whoever sent it. The app keeps one, {@link #SHARED}, for the
 * conversation and the thread panel alike, holding the most recently shown {@value #CAPACITY}: more
 * than the conversation shows at most (1,250 rows), with room for an open thread's. Used on the FX
 * thread only (its parser is built wherever the class loads: the warm-up thread, in the app).
 */
final class ParsedMessages {

  static final int CAPACITY = 2_000;

  /** The app's one: every {@link MessageMarkdown} reads through it. */
  static final ParsedMessages SHARED = new ParsedMessages();

  private final Parser parser = parser();
  private int parses;

  private final Map<String, Node> parsed =
      new LinkedHashMap<>(CAPACITY * 4 / 3 + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Node> eldest) {
          return size() > CAPACITY;
        }
      };

  /**
   * Loads and runs a parser once, on the calling thread: the first room then opens without waiting
   * for the parser's classes (a few hundred milliseconds on a slow machine).
   */
  static void warmUp() {
    parser().parse("**warm** _up_ `code` ~~x~~ https://example.com\n\n> - [a](b)\n\n```\nc\n```");
  }

  private static Parser parser() {
    return Parser.builder()
        .extensions(List.of(StrikethroughExtension.create(), AutolinkExtension.create()))
        .build();
  }

  /** The document {@code content} is; never changed by its readers. */
  Node of(String content) {
    return parsed.computeIfAbsent(content, this::parse);
  }

  /** How many contents this has parsed (each once while it is kept): what a test counts. */
  int parses() {
    return parses;
  }

  private Node parse(String content) {
    parses++;
    return parser.parse(content);
  }
}
