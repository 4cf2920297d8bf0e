package chat.protocol.search;

import java.util.List;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * A message's plain text: its content is Markdown (CommonMark with GFM strikethrough, as the apps
 * show it), and search indexes and highlights what a reader sees, not the markup. Emphasis marks,
 * list markers, quote bars and fences go; the words stay, code included, and raw HTML stays as the
 * text the apps show. A link keeps its text and, when that is not the address itself, its address
 * in parentheses, so that a search finds it by either. Blocks are separated by line breaks.
 */
public final class MessageText {

  /** Thread-safe, as commonmark's parsers are. */
  private static final Parser MARKDOWN =
      Parser.builder().extensions(List.of(StrikethroughExtension.create())).build();

  private MessageText() {}

  /** The plain text of {@code content}. */
  public static String plain(String content) {
    StringBuilder text = new StringBuilder(content.length());
    append(MARKDOWN.parse(content), text);
    return text.toString().strip();
  }

  private static void append(Node node, StringBuilder text) {
    if (node instanceof Block && !(node instanceof Document)) {
      newLine(text);
    }
    // commonmark's node types are an open hierarchy: any other node is the text of its children.
    switch (node) {
      case Text plain -> text.append(plain.getLiteral());
      case Code code -> text.append(code.getLiteral());
      case FencedCodeBlock code -> text.append(code.getLiteral());
      case IndentedCodeBlock code -> text.append(code.getLiteral());
      case HtmlBlock html -> text.append(html.getLiteral());
      case HtmlInline html -> text.append(html.getLiteral());
      case SoftLineBreak soft -> text.append('\n');
      case HardLineBreak hard -> text.append('\n');
      case Link link -> linked(link, link.getDestination(), text);
      case Image image -> linked(image, image.getDestination(), text);
      default -> children(node, text);
    }
  }

  private static void children(Node parent, StringBuilder text) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      append(child, text);
    }
  }

  private static void linked(Node link, String destination, StringBuilder text) {
    int start = text.length();
    children(link, text);
    String shown = text.substring(start);
    if (shown.isEmpty()) {
      text.append(destination);
    } else if (!shown.equals(destination)) {
      text.append(" (").append(destination).append(')');
    }
  }

  private static void newLine(StringBuilder text) {
    if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
      text.append('\n');
    }
  }
}
