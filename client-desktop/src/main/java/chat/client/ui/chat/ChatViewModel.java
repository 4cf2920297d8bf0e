package chat.client.ui.chat;

import chat.client.net.Outbox;
import chat.client.net.Session;
import chat.protocol.Limits;
import chat.protocol.model.Message;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open room's conversation and the composer. Keeps every room's timeline it has seen, so that
 * switching back is instant and messages of rooms not on screen are already in place.
 */
public final class ChatViewModel {

  private static final int COUNTER_FROM_PERCENT = 90;

  private final Session client;
  private final String myUserId;
  private final ZoneId zone;
  private final int maxChars;
  private final Map<String, RoomTimeline> timelines = new HashMap<>();
  private final ObjectProperty<String> roomId = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<ObservableList<ChatLine>> lines =
      new ReadOnlyObjectWrapper<>(FXCollections.observableArrayList());
  private final StringProperty draft = new SimpleStringProperty("");
  private final StringProperty notice = new SimpleStringProperty("");
  private final ReadOnlyObjectWrapper<String> jumpedTo = new ReadOnlyObjectWrapper<>();
  private final RoomHistory history;
  private Message jumpTarget;
  private final FollowNewest follow = new FollowNewest();
  private long refusedCount;
  private List<Outbox.Entry> pending;

  public ChatViewModel(Session client, ZoneId zone) {
    this.client = client;
    this.myUserId = client.me().userId();
    this.zone = zone;
    this.maxChars =
        client.serverInfo().limits() == null
            ? Limits.MAX_CONTENT_CHARS
            : client.serverInfo().limits().maxContentChars();
    this.pending = client.pending();
    this.history = new RoomHistory(client, notice::set);
  }

  /**
   * Shows {@code id}'s conversation, fetching its newest page the first time (and when a jump left
   * it in older history), with the "New messages" line above the first of its {@code unread}
   * messages from others.
   */
  public void open(String id, int unread) {
    roomId.set(id);
    notice.set("");
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
   * After a jump into older history: fetches the page after the newest message shown, unless one is
   * on its way or none is left. Completes with whether a page went in.
   */
  public CompletableFuture<Boolean> loadNewer() {
    String id = roomId.get();
    return id == null ? CompletableFuture.completedFuture(false) : history.newer(id, timeline(id));
  }

  /**
   * Fetches the page before the oldest message shown, unless one is on its way or none is left.
   * Completes with the number of rows put on top (0 when nothing was fetched), so that the view can
   * keep what the user was reading in place.
   */
  public CompletableFuture<Integer> loadOlder() {
    String id = roomId.get();
    return id == null ? CompletableFuture.completedFuture(0) : history.older(id, timeline(id));
  }

  /** Records a message; true when it is new (not a repeat of one already shown). */
  public boolean accept(Message message) {
    return timeline(message.roomId()).add(message);
  }

  /** The outbox changed: each room shows its own pending messages. */
  public void pendingChanged(List<Outbox.Entry> entries) {
    pending = entries;
    timelines.forEach((id, timeline) -> timeline.setPending(pendingFor(id)));
  }

  /** Sends the draft through the outbox: it shows as pending at once, online or not. */
  public void send() {
    if (!canSend().get()) {
      return;
    }
    if (timeline(roomId.get()).hasNewer()) {
      history.newest(roomId.get(), timeline(roomId.get())); // back to the present, where it shows
    }
    follow.sending();
    client.send(roomId.get(), draft.get());
    draft.set("");
  }

  /** The server refused one of ours for good: it stays in its room, marked, with Retry. */
  public void refused(String roomId, String content, String reason) {
    timeline(roomId)
        .refused("refused-" + ++refusedCount, content, reason, System.currentTimeMillis());
  }

  /** Sends a refused message of the open room again, as a new message. */
  public void retry(ChatLine refused) {
    String id = roomId.get();
    if (id != null && timeline(id).forgetRefused(refused.key())) {
      follow.sending();
      client.send(id, refused.content());
    }
  }

  public BooleanBinding canSend() {
    return Bindings.createBooleanBinding(
        () -> {
          int length = Limits.codePointLengthTrimmed(draft.get());
          return roomId.get() != null && length >= 1 && length <= maxChars;
        },
        draft,
        roomId);
  }

  /** "3 650 / 4 000" once the draft nears the limit; empty before. */
  public StringBinding counter() {
    return Bindings.createStringBinding(
        () -> {
          int length = Limits.codePointLength(draft.get());
          return length * 100 >= maxChars * COUNTER_FROM_PERCENT ? length + " / " + maxChars : "";
        },
        draft);
  }

  public BooleanBinding overLimit() {
    return Bindings.createBooleanBinding(
        () -> Limits.codePointLengthTrimmed(draft.get()) > maxChars, draft);
  }

  public ReadOnlyObjectProperty<ObservableList<ChatLine>> linesProperty() {
    return lines.getReadOnlyProperty();
  }

  /**
   * Whether a page of older (or, after a jump, newer) history is on its way: the view then keeps
   * the reader's place.
   */
  public boolean loadingOlder() {
    return history.loadingAPage();
  }

  /** The message a jump showed, once its window is in place (null while one loads). */
  public ReadOnlyObjectProperty<String> jumpedToProperty() {
    return jumpedTo.getReadOnlyProperty();
  }

  public FollowNewest follow() {
    return follow;
  }

  public ReadOnlyObjectProperty<String> roomIdProperty() {
    return roomId;
  }

  public StringProperty draftProperty() {
    return draft;
  }

  public StringProperty noticeProperty() {
    return notice;
  }

  private RoomTimeline timeline(String id) {
    return timelines.computeIfAbsent(
        id,
        key -> {
          RoomTimeline created = new RoomTimeline(myUserId, zone);
          created.setPending(pendingFor(key));
          return created;
        });
  }

  private List<Outbox.Entry> pendingFor(String id) {
    return pending.stream().filter(e -> e.roomId().equals(id)).toList();
  }
}
