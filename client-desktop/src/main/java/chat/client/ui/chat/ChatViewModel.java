package chat.client.ui.chat;

import chat.client.net.Outbox;
import chat.client.net.Session;
import chat.client.ui.e2ee.Encryption;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.model.User;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open room's conversation: which room is open, its history, following the newest, jumps, and
 * the room's parts beside it (its {@link RoomComposer}, the {@link TimelineChanges} of messages
 * held, pins, threads' marks and message actions). Keeps every room's timeline it has seen, so that
 * switching back is instant and messages of rooms not on screen are already in place. The messages
 * of encrypted rooms show as {@link Encryption} reads them.
 */
public final class ChatViewModel {

  private final Session client;
  private final String myUserId;
  private final ZoneId zone;
  private final Map<String, RoomTimeline> timelines = new HashMap<>();
  private final ObjectProperty<String> roomId = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<ObservableList<ChatLine>> lines =
      new ReadOnlyObjectWrapper<>(FXCollections.observableArrayList());
  private final StringProperty notice = new SimpleStringProperty("");
  private final ReadOnlyObjectWrapper<String> jumpedTo = new ReadOnlyObjectWrapper<>();
  private final RoomHistory history;
  private final PinnedMessages pins;
  private final TimelineChanges changes;
  private final RoomComposer composer;
  private final MessageActions actions;
  private final MessageLinks links;
  private Message jumpTarget;
  private final FollowNewest follow = new FollowNewest();
  private long refusedCount;
  private List<Outbox.Entry> pending;
  private final ThreadMarks threads;
  private final ClosedRooms closedRooms = new ClosedRooms();
  private final EncryptedRooms encryptedRooms = new EncryptedRooms();
  private final Encryption encryption;
  private Consumer<Message> openThread = root -> {};

  /** A chat where no room is encrypted. */
  public ChatViewModel(Session client, ZoneId zone) {
    this(client, zone, Encryption.off());
  }

  public ChatViewModel(Session client, ZoneId zone, Encryption encryption) {
    this.client = client;
    this.myUserId = client.me().userId();
    this.zone = zone;
    this.encryption = encryption;
    this.pending = client.outgoing().pending();
    this.history = new RoomHistory(client, this::failedIn, encryption::read);
    this.threads = new ThreadMarks(myUserId);
    this.pins = new PinnedMessages(client, notice::set, encryption::read);
    this.changes = new TimelineChanges(timelines, pins);
    // A root's unseen replies changed: its row again.
    threads.whenChanged((room, messageId) -> changes.change(room, messageId, held -> held));
    this.composer =
        new RoomComposer(
            client,
            roomId,
            this::sending,
            this::lastOwn,
            changes::changed,
            notice::set,
            new EncryptedSending(encryption, encryptedRooms));
    this.actions =
        new MessageActions(client, composer::edit, changes::changed, pins::pinned, notice::set);
    changes.whenDeleted(composer.editing()::deleted);
    // A message of an encrypted room was read, or read again: its row shows what it reads as.
    encryption.onDecrypted(
        read -> changes.change(read.roomId(), read.messageId(), encryption.messages()::shown));
    this.links = new MessageLinks(client, this);
  }

  /**
   * Shows {@code id}'s conversation, fetching its newest page the first time (and when a jump left
   * it in older history), with the "New messages" line above the first of its {@code unread}
   * messages from others.
   */
  public void open(String id, int unread) {
    composer.editing().cancel();
    roomId.set(id);
    closedRooms.opened(id);
    notice.set(closedRooms.openClosedProperty().get() ? ClosedRooms.NOTICE : "");
    pins.roomChanged(id);
    RoomTimeline timeline = timeline(id);
    timeline.openedWithUnread(unread);
    lines.set(timeline.lines());
    if (jumpTarget != null && jumpTarget.roomId().equals(id)) {
      loadAround(jumpTarget);
    } else if (!timeline.loaded() || timeline.hasNewer()) {
      history.newest(id, timeline);
    }
  }

  /**
   * Shows why a fetch for {@code room} failed, unless another room is open by now: a page of a room
   * the user was just removed from fails after the next room opened.
   */
  private void failedIn(String room, String reason) {
    if (room.equals(roomId.get())) {
      notice.set(reason);
    }
  }

  /** Shows no conversation: the open room was left (the user was removed from it). */
  public void closeRoom() {
    composer.editing().cancel();
    roomId.set(null);
    lines.set(FXCollections.observableArrayList());
  }

  /**
   * Shows the window around {@code target} (a message found elsewhere, by a search): the messages
   * just before and just after it. In the open room at once; in another, when that room is opened
   * next. {@link #jumpedToProperty} names the target once its window is in place.
   */
  public void showAround(Message target) {
    if (target.roomId().equals(roomId.get())) {
      loadAround(target);
    } else {
      jumpTarget = target;
    }
  }

  private void loadAround(Message target) {
    jumpTarget = null;
    jumpedTo.set(null);
    history.around(target, timeline(target.roomId())).thenAccept(jumpedTo::set);
  }

  /**
   * Shows the messages after the newest shown: those held, else (after a jump into older history)
   * the next page, unless one is on its way or none is left. Completes with whether any went in.
   */
  public CompletableFuture<Boolean> loadNewer() {
    String id = roomId.get();
    return id == null ? CompletableFuture.completedFuture(false) : history.newer(id, timeline(id));
  }

  /**
   * Shows the messages before the oldest shown: those held, else the page before them, unless one
   * is on its way or none is left. Completes with the number of rows put on top (0 when none was).
   */
  public CompletableFuture<Integer> loadOlder() {
    String id = roomId.get();
    return id == null ? CompletableFuture.completedFuture(0) : history.older(id, timeline(id));
  }

  /**
   * Records a message; true when it is new (not a repeat of one already shown). While the reader
   * follows the newest (or the room is not on screen), the oldest rows shown give way past the
   * window's size; when the list shows older messages than the newest, one from someone else counts
   * as unseen.
   */
  public boolean accept(Message message) {
    RoomTimeline timeline = timeline(message.roomId());
    boolean isNew = timeline.add(message);
    if (!message.roomId().equals(roomId.get()) || follow.atBottom()) {
      timeline.dropOldestShown();
    } else if (isNew && !timeline.showsNewest() && !myUserId.equals(message.senderId())) {
      follow.arrivedBelow();
    }
    return isNew;
  }

  /**
   * The "↓ N new" button: shows the open room's newest messages again when the list shows older
   * ones, to be followed once in. True when it showed them already: the view just scrolls down.
   */
  public boolean showNewest() {
    String id = roomId.get();
    if (id == null || timeline(id).showsNewest()) {
      return true;
    }
    follow.returningToNewest();
    backToThePresent(id);
    return false;
  }

  /** Whether the open room's list shows its newest message. */
  public boolean showsNewest() {
    String id = roomId.get();
    return id == null || timeline(id).showsNewest();
  }

  private void backToThePresent(String id) {
    RoomTimeline timeline = timeline(id);
    if (timeline.hasNewer()) {
      history.newest(id, timeline);
    } else {
      timeline.showNewest();
    }
  }

  /** The message {@code messageId} of {@code roomId}, if its timeline holds it; else null. */
  public Message held(String roomId, String messageId) {
    RoomTimeline timeline = timelines.get(roomId);
    return timeline == null ? null : timeline.held(messageId);
  }

  /** What opens a thread's panel, given its root ("Reply in thread", a summary clicked). */
  public void onOpenThread(Consumer<Message> open) {
    this.openThread = open;
  }

  /** Opens the thread of {@code rootId}, a message the open room holds. */
  public void openThread(String rootId) {
    String id = roomId.get();
    Message root = id == null ? null : held(id, rootId);
    if (root != null) {
      openThread.accept(root);
    }
  }

  /** The threads' unseen replies and repliers' names, which the roots' summaries show. */
  public ThreadMarks threads() {
    return threads;
  }

  /** The outbox changed: each room shows its own pending messages. */
  public void pendingChanged(List<Outbox.Entry> entries) {
    pending = entries;
    timelines.forEach((id, timeline) -> timeline.setPending(pendingFor(id)));
  }

  /**
   * A message goes from the composer: the list returns to the open room's newest, where it shows.
   */
  private void sending() {
    follow.sending();
    if (!timeline(roomId.get()).showsNewest()) {
      backToThePresent(roomId.get());
    }
  }

  private Message lastOwn(String id) {
    RoomTimeline timeline = timelines.get(id);
    return timeline == null ? null : timeline.lastOwn();
  }

  /** The rooms as listed after each (re)connect: which of them the reader owns. */
  public void roomsListed(List<Room> rooms) {
    encryptedRooms.listed(rooms);
    actions.roomsListed(rooms);
    closedRooms.listed(rooms);
  }

  /** A room changed or was entered. */
  public void roomChanged(Room room) {
    encryptedRooms.changed(room);
    actions.roomChanged(room);
    boolean wasClosed = closedRooms.openClosedProperty().get();
    closedRooms.changed(room);
    if (!wasClosed && closedRooms.openClosedProperty().get()) {
      notice.set(ClosedRooms.NOTICE);
    }
  }

  /** The rooms that are end-to-end encrypted. */
  public EncryptedRooms encryptedRooms() {
    return encryptedRooms;
  }

  /** Whether the open room is end-to-end encrypted. */
  public BooleanBinding openEncryptedProperty() {
    return encryptedRooms.containing(roomId);
  }

  /** Whether the open room is closed: nobody can send there any more. */
  public ReadOnlyBooleanProperty closedProperty() {
    return closedRooms.openClosedProperty();
  }

  /**
   * A user is shown by another name now (reactions' tooltips name them; a deleted user's messages
   * too).
   */
  public void userChanged(User user) {
    actions.userChanged(user);
    if (User.DELETED_NAME.equals(user.displayName())) {
      changes.senderDeleted(user.userId());
    }
  }

  /** Links to messages: the one a row's "Copy link" copies, and the message a pasted one names. */
  public MessageLinks links() {
    return links;
  }

  public MessageActions actions() {
    return actions;
  }

  public PinnedMessages pins() {
    return pins;
  }

  /** The composer: draft, limit, sending and edit mode. */
  public RoomComposer composer() {
    return composer;
  }

  /** Where changes of messages held (events, or caught up) go. */
  public TimelineChanges changes() {
    return changes;
  }

  /** The server refused one of ours for good: it stays in its room, marked, with Retry. */
  public void refused(String roomId, String content, String reason) {
    timeline(roomId)
        .refused("refused-" + ++refusedCount, content, reason, System.currentTimeMillis());
  }

  /**
   * Sends a refused message of the open room again, as a new message; not in an encrypted room,
   * where the outbox kept no text to send again.
   */
  public void retry(ChatLine refused) {
    String id = roomId.get();
    if (id != null && !encryptedRooms.contains(id) && timeline(id).forgetRefused(refused.key())) {
      follow.sending();
      client.outgoing().send(id, refused.content());
    }
  }

  public ReadOnlyObjectProperty<ObservableList<ChatLine>> linesProperty() {
    return lines.getReadOnlyProperty();
  }

  /**
   * Whether older or newer messages are being put in the list, or a row made again in place, right
   * now: the view keeps the reader's place, and nothing new arrived.
   */
  public boolean puttingInAPage() {
    return history.puttingInAPage() || changes.remaking();
  }

  /** The message a jump showed, once its window is in place (null while one loads). */
  public ReadOnlyObjectProperty<String> jumpedToProperty() {
    return jumpedTo.getReadOnlyProperty();
  }

  public FollowNewest follow() {
    return follow;
  }

  /** The reader's username: the messages mark its {@code @} mentions. */
  public String readerName() {
    return client.me().username();
  }

  public ReadOnlyObjectProperty<String> roomIdProperty() {
    return roomId;
  }

  public StringProperty noticeProperty() {
    return notice;
  }

  private RoomTimeline timeline(String id) {
    return timelines.computeIfAbsent(
        id,
        key -> {
          RoomTimeline created = new RoomTimeline(myUserId, zone, threads, encryption.messages());
          created.setPending(pendingFor(key));
          return created;
        });
  }

  private List<Outbox.Entry> pendingFor(String id) {
    return pending.stream().filter(e -> e.roomId().equals(id) && e.inRoom()).toList();
  }
}
