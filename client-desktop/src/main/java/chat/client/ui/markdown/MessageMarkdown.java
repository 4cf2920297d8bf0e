package chat.client.ui.markdown;

import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;

/**
 * Shows a message's content as Markdown: CommonMark with GFM strikethrough and autolinks, drawn as
 * JavaFX nodes (no web view), with raw HTML shown as the text it is and the reader's mentions
 * marked. One per conversation view; every one reads its messages' parses from the app's one cache
 * ({@link ParsedMessages#SHARED}), so a message shown again, in a row or in a thread, is not parsed
 * again.
 */
public final class MessageMarkdown {

  private final ParsedMessages parsed;
  private final MentionSpans mentions;

  /** For the reader signed in as {@code readerName}, whose mentions are marked most. */
  public MessageMarkdown(String readerName) {
    this(readerName, ParsedMessages.SHARED);
  }

  /** Reading parses from {@code parsed}: a test's own, to count its parses. */
  MessageMarkdown(String readerName, ParsedMessages parsed) {
    this.parsed = parsed;
    this.mentions = new MentionSpans(readerName);
  }

  /** Readies the Markdown parser off the FX thread, before the first conversation needs it. */
  public static void warmUp() {
    ParsedMessages.warmUp();
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
