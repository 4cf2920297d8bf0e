package chat.client.ui.chat;

import chat.client.net.Outbox;
import chat.protocol.model.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The last rows of a room's list, after its messages: our messages the server refused, then those
 * still waiting for it. A pending one goes as soon as its message comes back from the server.
 */
final class TimelineTail {

  private final String myUserId;
  private final ChatRows rows;
  private final List<ChatLine> lines;
  private final Set<String> ownClientMsgIds = new HashSet<>();
  private final List<ChatLine> failed = new ArrayList<>();
  private List<Outbox.Entry> pending = List.of();

  /**
   * @param lines the room's rows, whose end this keeps
   */
  TimelineTail(String myUserId, ChatRows rows, List<ChatLine> lines) {
    this.myUserId = myUserId;
    this.rows = rows;
    this.lines = lines;
  }

  String myUserId() {
    return myUserId;
  }

  /** How many rows the tail takes. */
  int size() {
    return failed.size() + pending.size();
  }

  /** Notes a message the server has: if it is ours, its pending row is done with. */
  void noteIfOwn(Message message) {
    if (myUserId.equals(message.senderId()) && message.clientMsgId() != null) {
      ownClientMsgIds.add(message.clientMsgId());
    }
  }

  /** After messages arrived: the pending rows of ours among them go. */
  void ownArrived() {
    if (pending.stream().anyMatch(this::sentAlready)) {
      setPending(pending);
    }
  }

  /** The server refused one of ours for good: it stays shown, marked, with the reason. */
  void refused(String clientMsgId, String content, String reason, long now) {
    failed.add(
        new ChatLine(
            ChatLine.Kind.FAILED,
            clientMsgId,
            myUserId,
            null,
            content,
            now,
            true,
            false,
            reason,
            null));
    rebuild();
  }

  /** Forgets a refused message (it is being sent again); false when it was not here. */
  boolean forgetRefused(String key) {
    boolean removed = failed.removeIf(line -> line.key().equals(key));
    if (removed) {
      rebuild();
    }
    return removed;
  }

  /** Our messages to this room that wait for the server, shown last. */
  void setPending(List<Outbox.Entry> waiting) {
    pending = waiting.stream().filter(e -> !sentAlready(e)).toList();
    rebuild();
  }

  /** Replaces the refused and pending rows after the last message. */
  void rebuild() {
    int messagesEnd = lines.size();
    while (messagesEnd > 0 && isTail(lines.get(messagesEnd - 1))) {
      messagesEnd--;
    }
    List<ChatLine> rebuilt = after(messagesEnd == 0 ? null : lines.get(messagesEnd - 1));
    if (!rebuilt.equals(lines.subList(messagesEnd, lines.size()))) {
      lines.subList(messagesEnd, lines.size()).clear();
      lines.addAll(rebuilt);
    }
  }

  /** The tail's rows under {@code above}. */
  List<ChatLine> after(ChatLine above) {
    List<ChatLine> tail = new ArrayList<>(size());
    for (ChatLine line : failed) {
      above = ChatRows.regrouped(line, above);
      tail.add(above);
    }
    for (Outbox.Entry entry : pending) {
      above = rows.pending(entry, above);
      tail.add(above);
    }
    return tail;
  }

  private static boolean isTail(ChatLine line) {
    return line.kind() == ChatLine.Kind.PENDING || line.kind() == ChatLine.Kind.FAILED;
  }

  private boolean sentAlready(Outbox.Entry entry) {
    return ownClientMsgIds.contains(entry.clientMsgId());
  }
}
