package chat.client.ui.chat;

import chat.client.net.Failures;
import chat.client.net.Outbox;
import chat.client.net.Replies;
import chat.client.net.Session;
import chat.client.ui.e2ee.Encryption;
import chat.protocol.Limits;
import chat.protocol.client.ThreadHistory;
import chat.protocol.model.Message;
import chat.protocol.result.MessagesResult;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The thread panel: one thread at a time, its root on top, then its replies oldest first (the
 * newest page when opened, older pages as the reader scrolls up), then our replies on their way.
 * Replies that arrive while it is open go in below; its {@link ThreadComposer} sends a reply
 * through the session's outbox, to the room too when "Also send to room" is ticked, and edits the
 * thread's root and replies. Opening a thread marks its replies seen, as does the window getting
 * the focus back while it is open (replies that came while the window was in the background count
 * as unseen); closing it ({@link #openProperty()} set to false) forgets it.
 */
public final class ThreadViewModel {

  private final Session client;
  private final String myUserId;
  private final ThreadMarks marks;
  private final ChatRows rows;
  private final ObservableList<ChatLine> lines = FXCollections.observableArrayList();
  private final TimelineTail tail;
  private final List<Message> replies = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private final ReadOnlyObjectWrapper<Message> root = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper roomName = new ReadOnlyStringWrapper("");
  private final BooleanProperty open = new SimpleBooleanProperty();
  private final BooleanProperty windowFocused = new SimpleBooleanProperty(true);
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
  private final FollowNewest follow = new FollowNewest();
  private final ThreadComposer composer;
  private final Encryption encryption;
  private List<Outbox.Entry> pending;
  private boolean hasOlder;
  private boolean loadingOlder;
  private boolean puttingIn;

  /** Counts the threads opened: an answer for a thread no longer open is dropped. */
  private int opened;

  /** A thread panel where no room is encrypted. */
  public ThreadViewModel(Session client, ZoneId zone, ThreadMarks marks) {
    this(client, zone, marks, Encryption.off(), new EncryptedRooms());
  }

  /**
   * @param marks the threads' unseen replies, which opening a thread clears
   * @param encryption reads and sends the replies of encrypted rooms
   * @param encryptedRooms which rooms are encrypted
   */
  public ThreadViewModel(
      Session client,
      ZoneId zone,
      ThreadMarks marks,
      Encryption encryption,
      EncryptedRooms encryptedRooms) {
    this.client = client;
    this.myUserId = client.me().userId();
    this.marks = marks;
    this.encryption = encryption;
    this.rows = new ChatRows(myUserId, zone, marks, id -> null, encryption.messages());
    this.tail = new TimelineTail(myUserId, rows, lines);
    this.pending = client.outgoing().pending();
    this.composer =
        new ThreadComposer(
            client,
            root,
            follow::sending,
            this::lastOwnReply,
            this::changed,
            notice::set,
            new EncryptedSending(encryption, encryptedRooms));
    // A message of an encrypted room was read, or read again: its row shows what it reads as.
    encryption.onDecrypted(
        read -> change(read.roomId(), read.messageId(), encryption.messages()::shown));
    open.addListener(
        (obs, was, now) -> {
          if (!now) {
            forget();
          }
        });
    windowFocused.addListener(
        (obs, was, now) -> {
          if (now && root.get() != null) {
            marks.opened(root.get());
          }
        });
  }

  /** Whether the panel is open; set to false to close it. */
  public BooleanProperty openProperty() {
    return open;
  }

  /** Whether the window has the focus: bound by the view; true until then. */
  public BooleanProperty windowFocusedProperty() {
    return windowFocused;
  }

  /** Opens the thread of {@code first} (a root) of the room named {@code room}: its newest page. */
  public void open(Message first, String room) {
    int asked = ++opened;
    root.set(first);
    roomName.set(room);
    replies.clear();
    ids.clear();
    composer.clear();
    composer.alsoInRoomProperty().set(false);
    notice.set("");
    hasOlder = false;
    marks.opened(first);
    tail.setPending(pendingHere());
    rebuild();
    open.set(true);
    page(null)
        .whenComplete(
            (page, failure) -> {
              if (asked != opened) {
                return;
              }
              if (failure != null) {
                notice.set(Failures.describe(failure));
                return;
              }
              List<Message> live = List.copyOf(replies);
              replies.clear();
              ids.clear();
              page.messages().forEach(this::keep);
              live.forEach(this::keep);
              hasOlder = page.hasMore();
              rebuild();
            });
  }

  /**
   * A reply arrived, live or as the ack of ours: shown below when its thread is open here, else it
   * counts as unseen in its thread. Returns whether it is a reply from someone else, new and
   * unseen.
   */
  public boolean arrived(Message reply) {
    boolean here = showing(reply.threadId());
    boolean unseen = marks.replyArrived(reply, here && windowFocused.get());
    if (here && keep(reply)) {
      int end = lines.size() - tail.size();
      lines.add(end, rows.inThread(reply, end == 0 ? null : lines.get(end - 1)));
      tail.ownArrived();
    }
    return unseen;
  }

  /**
   * A message's whole new state (edited, a root with its new thread state, or caught up after a
   * reconnect): the open thread's root or reply shows it in place. A root's thread state older than
   * the one shown (racing replies) is not taken.
   */
  public void changed(Message message) {
    if (Boolean.TRUE.equals(message.deleted())) {
      composer.editing().deleted(message.messageId());
    }
    change(message.roomId(), message.messageId(), held -> message);
  }

  /** A message was deleted: in the open thread, its row becomes a tombstone in its place. */
  public void removed(String roomId, String messageId) {
    composer.editing().deleted(messageId);
    change(roomId, messageId, Message::asDeleted);
  }

  /** A message's reactions, whole, after a change: in the open thread, its chips follow. */
  public void reactionsChanged(
      String roomId, String messageId, Map<String, List<String>> reactions) {
    change(roomId, messageId, held -> held.withReactions(reactions));
  }

  /** Changes the open thread's root or one of its replies held here, and makes its row again. */
  private void change(String roomId, String messageId, UnaryOperator<Message> change) {
    Message first = root.get();
    if (first == null || !first.roomId().equals(roomId)) {
      return;
    }
    if (first.messageId().equals(messageId)) {
      Message now = change.apply(first);
      root.set(
          Replies.olderRoot(now, first)
              ? now.withReplies(first.replyCount(), first.lastReplyAt(), first.participants())
              : now);
      remake(0, root.get());
      return;
    }
    for (int i = 0; i < replies.size(); i++) {
      if (replies.get(i).messageId().equals(messageId)) {
        replies.set(i, change.apply(replies.get(i)));
        remake(i + 2, replies.get(i)); // below the root and the "Replies" line
        return;
      }
    }
  }

  private void remake(int row, Message now) {
    puttingIn = true;
    try {
      lines.set(row, rows.inThread(now, row == 0 ? null : lines.get(row - 1)));
    } finally {
      puttingIn = false;
    }
  }

  /** The outbox changed: our replies to this thread still on their way show last. */
  public void pendingChanged(List<Outbox.Entry> entries) {
    pending = entries;
    if (root.get() != null) {
      tail.setPending(pendingHere());
    }
  }

  /**
   * The server refused a reply for good: in its open thread, the notice says why and an empty
   * composer gets the text back, to send again; a reply to a thread not open is lost, as it must
   * not turn into a message of the room.
   */
  public void refused(String threadId, String content, String reason) {
    if (showing(threadId)) {
      composer.refused(content, reason);
    }
  }

  /** The reader's newest reply held here, not deleted, or null. */
  private Message lastOwnReply() {
    for (Message reply : replies.reversed()) {
      if (myUserId.equals(reply.senderId()) && !Boolean.TRUE.equals(reply.deleted())) {
        return reply;
      }
    }
    return null;
  }

  /**
   * Shows the page of replies before the oldest shown, unless one is on its way or none is left.
   * Completes with the number of rows put in (0 when none was).
   */
  public CompletableFuture<Integer> loadOlder() {
    if (!hasOlder || loadingOlder || replies.isEmpty()) {
      return CompletableFuture.completedFuture(0);
    }
    loadingOlder = true;
    int asked = opened;
    return page(replies.getFirst().messageId())
        .handle(
            (page, failure) -> {
              loadingOlder = false;
              if (failure != null || asked != opened) {
                return 0;
              }
              int before = lines.size();
              List<Message> older =
                  page.messages().stream().filter(m -> ids.add(m.messageId())).toList();
              replies.addAll(0, older);
              hasOlder = page.hasMore();
              puttingIn = true;
              rebuild();
              puttingIn = false;
              return lines.size() - before;
            });
  }

  private CompletableFuture<MessagesResult> page(String before) {
    Message first = root.get();
    return client
        .request(
            id ->
                new ThreadHistory(
                    id, first.roomId(), first.messageId(), before, Limits.HISTORY_DEFAULT_LIMIT),
            MessagesResult.class)
        .thenCompose(
            page ->
                encryption
                    .read(page.messages())
                    .thenApply(
                        shown -> new MessagesResult(shown, page.hasMore(), page.changeSeq())));
  }

  /** The root, a separator, the replies held and the tail of ours on their way. */
  private void rebuild() {
    List<ChatLine> made = new ArrayList<>(replies.size() + 2 + tail.size());
    ChatLine above = rows.inThread(root.get(), null);
    made.add(above);
    above = ChatLine.day("Replies", root.get().timestamp());
    made.add(above);
    for (Message reply : replies) {
      above = rows.inThread(reply, above);
      made.add(above);
    }
    made.addAll(tail.after(above));
    lines.setAll(made);
  }

  private boolean keep(Message reply) {
    if (!ids.add(reply.messageId())) {
      return false;
    }
    replies.add(reply);
    tail.noteIfOwn(reply);
    return true;
  }

  private void forget() {
    ++opened;
    composer.clear();
    root.set(null);
    replies.clear();
    ids.clear();
    lines.clear();
  }

  private boolean showing(String rootId) {
    return root.get() != null && root.get().messageId().equals(rootId);
  }

  private List<Outbox.Entry> pendingHere() {
    String rootId = root.get().messageId();
    return pending.stream().filter(e -> rootId.equals(e.threadId())).toList();
  }

  public ObservableList<ChatLine> lines() {
    return lines;
  }

  /** Whether a page of older replies, or a message's new state, is going in right now. */
  public boolean puttingInAPage() {
    return puttingIn;
  }

  /** The thread's composer: replies, and edits of the thread's root and replies. */
  public ThreadComposer composer() {
    return composer;
  }

  /** The reader's username: the replies mark its {@code @} mentions. */
  public String readerName() {
    return client.me().username();
  }

  /** The name of the open thread's room. */
  public ReadOnlyStringProperty roomNameProperty() {
    return roomName.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public FollowNewest follow() {
    return follow;
  }
}
