package chat.client.ui.markdown;

import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;

/**
 * Shows a message's content as Markdown: CommonMark with GFM strikethrough and autolinks, drawn as
 * JavaFX nodes (no web view), with raw HTML shown as the text it is and the reader's mentions
 * marked. One per conversation view: it keeps the messages it has parsed ({@link ParsedMessages}).
 */
public final class MessageMarkdown {

  private final ParsedMessages parsed = new ParsedMessages();
  private final MentionSpans mentions;

  /** For the reader signed in as {@code readerName}, whose mentions are marked most. */
  public MessageMarkdown(String readerName) {
    this.mentions = new MentionSpans(readerName);
  }

  /**
   * The nodes of {@code content}: its text flows made by {@code flows}, code blocks no wider than
   * {@code maxWidth} (none when it is not above 0). A message of one paragraph, as most are, is
   * that one flow.
   */
  public Node render(
      String content, Mentioned mentioned, TextFlows flows, ObservableDoubleValue maxWidth) {
    return new MarkdownBlocks(mentions, mentioned, flows, maxWidth)
        .document(parsed.of(content), content);
  }
}
