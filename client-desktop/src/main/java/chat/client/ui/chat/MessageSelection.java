package chat.client.ui.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * The text flows of one message, which its Markdown may split into several blocks (paragraphs, a
 * quote, a code block): Select all selects them all, a new selection in one clears the others, and
 * Copy copies what is selected in each, a line break between blocks (the whole message when nothing
 * is), so that a message copies as one, as it did when it was one flow.
 */
final class MessageSelection {

  private final List<SelectableText> parts = new ArrayList<>(1);

  void add(SelectableText part) {
    parts.add(part);
  }

  void selectAll() {
    parts.forEach(SelectableText::selectWhole);
  }

  /** Clears every part's selection, before one of them starts a new one. */
  void clear() {
    parts.forEach(SelectableText::clearSelection);
  }

  /** The text Copy puts on the clipboard. */
  String copied() {
    List<String> selected =
        parts.stream().map(SelectableText::selectedText).filter(s -> !s.isEmpty()).toList();
    return String.join(
        "\n", selected.isEmpty() ? parts.stream().map(SelectableText::text).toList() : selected);
  }
}
