package chat.client.ui.markdown;

import java.util.List;
import javafx.scene.Node;

/**
 * Makes the node that shows a run of text: the chat's own selectable flow, so that Markdown keeps
 * the message view's selection, copying, links and colour emoji.
 */
@FunctionalInterface
public interface TextFlows {

  /** A flow of {@code spans}, wrapped at the message's width when {@code wraps}, else one line. */
  Node flow(List<Span> spans, boolean wraps);
}
