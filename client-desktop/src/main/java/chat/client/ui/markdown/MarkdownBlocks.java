package chat.client.ui.markdown;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;

/**
 * Turns one parsed message into nodes. Blocks: paragraphs and headings (bold, no bigger) as text
 * flows, quotes with a bar on their left, bullet and numbered lists (nested as written), code
 * blocks ({@link CodeBlock}), thematic breaks as a rule, raw HTML as its text. Inline: bold,
 * italic, strikethrough and code as style classes on the text, links as links when {@link
 * LinkTargets} lets them open (else their text alone), mentions outside code marked. A single line
 * break is a line break, as people who chat expect.
 */
final class MarkdownBlocks {

  private static final double BLOCK_GAP = 6;
  private static final double MARKER_GAP = 6;

  private final MentionSpans mentions;
  private final Mentioned mentioned;
  private final TextFlows flows;
  private final ObservableDoubleValue maxWidth;

  MarkdownBlocks(
      MentionSpans mentions, Mentioned mentioned, TextFlows flows, ObservableDoubleValue maxWidth) {
    this.mentions = mentions;
    this.mentioned = mentioned;
    this.flows = flows;
    this.maxWidth = maxWidth;
  }

  /** The nodes of {@code document}, parsed from {@code content}. */
  javafx.scene.Node document(Node document, String content) {
    List<javafx.scene.Node> blocks = blocks(document);
    if (blocks.isEmpty()) { // only link reference definitions: better their text than nothing
      return flows.flow(List.of(Span.plain(content)), true);
    }
    if (blocks.size() == 1 && document.getFirstChild() instanceof Paragraph) {
      return blocks.getFirst();
    }
    return box("markdown", blocks);
  }

  private List<javafx.scene.Node> blocks(Node parent) {
    List<javafx.scene.Node> blocks = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      javafx.scene.Node block = block(child);
      if (block != null) {
        blocks.add(block);
      }
    }
    return blocks;
  }

  /** The node of one block; null for what shows nothing (a link reference definition). */
  private javafx.scene.Node block(Node node) {
    // commonmark's node types are an open hierarchy: what is not drawn here draws nothing.
    return switch (node) {
      case Paragraph paragraph -> flows.flow(inlines(paragraph, List.of()), true);
      case Heading heading -> flows.flow(inlines(heading, List.of("md-heading")), true);
      case BlockQuote quote -> box("md-quote", blocks(quote));
      case BulletList list -> list(list, null, "");
      case OrderedList list -> list(list, list.getMarkerStartNumber(), list.getMarkerDelimiter());
      case FencedCodeBlock code -> CodeBlock.of(code.getLiteral(), code.getInfo(), flows, maxWidth);
      case IndentedCodeBlock code -> CodeBlock.of(code.getLiteral(), "", flows, maxWidth);
      case HtmlBlock html ->
          flows.flow(List.of(Span.plain(html.getLiteral().stripTrailing())), true);
      case ThematicBreak rule -> rule();
      default -> null;
    };
  }

  private static VBox box(String styleClass, List<javafx.scene.Node> children) {
    VBox box = new VBox(BLOCK_GAP);
    box.getStyleClass().add(styleClass);
    box.getChildren().setAll(children);
    return box;
  }

  /** A list's items, each after its bullet or number; {@code first} is null for bullets. */
  private VBox list(ListBlock list, Integer first, String delimiter) {
    List<javafx.scene.Node> rows = new ArrayList<>();
    int number = first == null ? 0 : first;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      Text marker =
          new Text(first == null ? "•" : (number++) + (delimiter == null ? "." : delimiter));
      marker.getStyleClass().addAll("content-text", "md-marker");
      VBox content = box("md-item", blocks(item));
      HBox row = new HBox(MARKER_GAP, marker, content);
      row.setAlignment(Pos.BASELINE_LEFT);
      HBox.setHgrow(content, Priority.ALWAYS);
      rows.add(row);
    }
    VBox box = box("md-list", rows);
    box.setSpacing(list.isTight() ? 2 : BLOCK_GAP);
    return box;
  }

  private static Region rule() {
    Region rule = new Region();
    rule.getStyleClass().add("md-rule");
    return rule;
  }

  private List<Span> inlines(Node parent, List<String> styles) {
    List<Span> spans = new ArrayList<>();
    children(parent, styles, null, spans);
    return spans;
  }

  private void children(Node parent, List<String> styles, String link, List<Span> spans) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      inline(child, styles, link, spans);
    }
  }

  /** Adds the spans of one inline node, in {@code styles}, opening {@code link} (or nothing). */
  private void inline(Node node, List<String> styles, String link, List<Span> spans) {
    switch (node) {
      case org.commonmark.node.Text text -> text(text.getLiteral(), styles, link, spans);
      case Code code -> spans.add(span(code.getLiteral(), with(styles, "md-code"), link));
      case Emphasis emphasis -> children(emphasis, with(styles, "md-italic"), link, spans);
      case StrongEmphasis strong -> children(strong, with(styles, "md-bold"), link, spans);
      case Strikethrough strike -> children(strike, with(styles, "md-strike"), link, spans);
      case Link target -> linked(target, target.getDestination(), styles, link, spans);
      case Image image -> linked(image, image.getDestination(), styles, link, spans);
      case HtmlInline html -> spans.add(span(html.getLiteral(), styles, link));
      case SoftLineBreak soft -> spans.add(span("\n", styles, link));
      case HardLineBreak hard -> spans.add(span("\n", styles, link));
      // commonmark's node types are an open hierarchy: an unknown inline shows its children.
      default -> children(node, styles, link, spans);
    }
  }

  /**
   * A link's (or an image's) text, opening {@code destination} when it may; an image without alt
   * text shows its address.
   */
  private void linked(
      Node node, String destination, List<String> styles, String link, List<Span> spans) {
    String opens = LinkTargets.openable(destination) ? destination : link;
    if (node.getFirstChild() == null) {
      spans.add(span(destination, styles, opens));
    } else {
      children(node, styles, opens, spans);
    }
  }

  /** Text outside code: inside a link it is the link's, elsewhere its mentions are marked. */
  private void text(String text, List<String> styles, String link, List<Span> spans) {
    if (link != null) {
      spans.add(span(text, styles, link));
    } else {
      spans.addAll(mentions.split(text, with(List.of("content-text"), styles), mentioned));
    }
  }

  private static Span span(String text, List<String> styles, String link) {
    return new Span(text, with(List.of(link == null ? "content-text" : "link-text"), styles), link);
  }

  private static List<String> with(List<String> styles, String style) {
    return with(styles, List.of(style));
  }

  private static List<String> with(List<String> styles, List<String> more) {
    List<String> all = new ArrayList<>(styles.size() + more.size());
    all.addAll(styles);
    all.addAll(more);
    return all;
  }
}
