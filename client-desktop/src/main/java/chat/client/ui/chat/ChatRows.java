package chat.client.ui.chat;

import chat.client.net.Outbox;
import chat.client.ui.e2ee.DecryptedMessages;
import chat.client.ui.markdown.Mentioned;
import chat.protocol.model.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Makes the chat list's rows out of messages: a separator before each new day, the "New messages"
 * line above the first unread one, and runs of one sender grouped under one header. A room's rows
 * carry their thread parts (a root's summary, a reply's link to its thread); a thread's own rows do
 * not.
 */
final class ChatRows {

  /** Messages of one sender closer together than this share one header. */
  static final long GROUP_GAP_MILLIS = 5 * 60_000L;

  /** How much of a root's text the link over a reply names. */
  private static final int ROOT_EXCERPT = 40;

  private final String myUserId;
  private final ZoneId zone;
  private final ThreadMarks threads;
  private final Function<String, Message> held;
  private final DecryptedMessages texts;

  /** Rows of plain messages only. */
  ChatRows(String myUserId, ZoneId zone, ThreadMarks threads, Function<String, Message> held) {
    this(myUserId, zone, threads, held, new DecryptedMessages(id -> Optional.empty()));
  }

  /**
   * @param threads the threads' unseen replies and repliers' names
   * @param held the message of an id among those held, or null: a reply's root, to name it
   * @param texts what the messages of an encrypted room read as: a row of one that reads as no text
   *     says why in its {@code note}
   */
  ChatRows(
      String myUserId,
      ZoneId zone,
      ThreadMarks threads,
      Function<String, Message> held,
      DecryptedMessages texts) {
    this.myUserId = myUserId;
    this.zone = zone;
    this.threads = threads;
    this.held = held;
    this.texts = texts;
  }

  /**
   * The rows of {@code shown}, in order, starting with its first day's separator: day separators,
   * the "New messages" line above {@code firstUnreadId}, messages.
   */
  List<ChatLine> of(List<Message> shown, String firstUnreadId) {
    List<ChatLine> rows = new ArrayList<>(shown.size() + 8);
    LocalDate current = null;
    ChatLine above = null;
    for (Message message : shown) {
      LocalDate day = day(message);
      if (!day.equals(current)) {
        above = ChatLine.day(dayLabel(day), message.timestamp());
        rows.add(above);
        current = day;
      }
      if (message.messageId().equals(firstUnreadId)) {
        above = ChatLine.unread(message.timestamp());
        rows.add(above);
      }
      above = message(message, above);
      rows.add(above);
    }
    return rows;
  }

  /** The separator of {@code message}'s day. */
  ChatLine dayOf(Message message) {
    return ChatLine.day(dayLabel(day(message)), message.timestamp());
  }

  boolean sameDay(Message one, Message other) {
    return day(one).equals(day(other));
  }

  /** A room's row of {@code message}, with its thread summary or its link to its thread. */
  ChatLine message(Message message, ChatLine above) {
    threads.learn(message);
    ThreadLink link = message.threadId() == null ? null : linkTo(message.threadId());
    return row(message, above, threads.summaryOf(message), link);
  }

  /** A thread's own row of {@code message} (its root or a reply): no thread parts. */
  ChatLine inThread(Message message, ChatLine above) {
    threads.learn(message);
    return row(message, above, null, null);
  }

  private ThreadLink linkTo(String rootId) {
    Message root = held.apply(rootId);
    if (root == null) {
      return new ThreadLink(rootId, "Replied to a thread");
    }
    String text = root.content().strip().replaceAll("\\s+", " ");
    if (text.codePointCount(0, text.length()) > ROOT_EXCERPT) {
      text = text.substring(0, text.offsetByCodePoints(0, ROOT_EXCERPT)) + "…";
    }
    return new ThreadLink(rootId, "Replied to a thread: " + root.senderName() + ": “" + text + "”");
  }

  private ChatLine row(Message message, ChatLine above, ThreadSummary thread, ThreadLink link) {
    return new ChatLine(
        ChatLine.Kind.MESSAGE,
        message.messageId(),
        message.senderId(),
        message.senderName(),
        message.content(),
        message.timestamp(),
        myUserId.equals(message.senderId()),
        startsGroup(above, message.senderId(), message.timestamp()),
        texts.unreadable(message),
        Mentioned.of(message, myUserId),
        thread,
        link,
        message);
  }

  /**
   * A message still in the outbox; the names of its files, one a line, under its text. The outbox
   * keeps an encrypted message's ciphertext only: it shows as {@value DecryptedMessages#ENCRYPTED}.
   */
  ChatLine pending(Outbox.Entry entry, ChatLine above) {
    StringBuilder text =
        new StringBuilder(
            entry.encrypted() == null ? entry.content() : DecryptedMessages.ENCRYPTED);
    entry
        .files()
        .forEach(file -> text.append(text.isEmpty() ? "" : "\n").append("📎 ").append(file.name()));
    return new ChatLine(
        ChatLine.Kind.PENDING,
        entry.clientMsgId(),
        myUserId,
        null,
        text.toString(),
        entry.createdAt(),
        true,
        startsGroup(above, myUserId, entry.createdAt()),
        "");
  }

  /** {@code line} under {@code above}: whether it starts a group may have changed. */
  static ChatLine regrouped(ChatLine line, ChatLine above) {
    boolean starts = startsGroup(above, line.senderId(), line.timestamp());
    if (starts == line.groupStart()) {
      return line;
    }
    return new ChatLine(
        line.kind(),
        line.key(),
        line.senderId(),
        line.sender(),
        line.content(),
        line.timestamp(),
        line.own(),
        starts,
        line.note(),
        line.mentioned(),
        line.thread(),
        line.repliedIn(),
        line.message());
  }

  /** A new header unless the row above is a message of the same sender, recent enough. */
  private static boolean startsGroup(ChatLine above, String senderId, long timestamp) {
    return above == null
        || !above.isMessage()
        || !above.senderId().equals(senderId)
        || timestamp - above.timestamp() > GROUP_GAP_MILLIS;
  }

  private LocalDate day(Message message) {
    return LocalDate.ofInstant(Instant.ofEpochMilli(message.timestamp()), zone);
  }

  private String dayLabel(LocalDate day) {
    LocalDate today = LocalDate.now(zone);
    if (day.equals(today)) {
      return "Today";
    }
    if (day.equals(today.minusDays(1))) {
      return "Yesterday";
    }
    return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL));
  }
}
