package chat.client.ui.chat;

import chat.client.net.Failures;
import chat.client.net.Outbox;
import chat.client.net.Session;
import chat.protocol.Limits;
import chat.protocol.client.MessageHistory;
import chat.protocol.model.Message;
import chat.protocol.result.MessagesResult;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
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
  private final BooleanProperty loadingOlder = new SimpleBooleanProperty();
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
  }

  /**
   * Shows {@code id}'s conversation, fetching its newest page the first time, with the "New
   * messages" line above the first of its {@code unread} messages from others.
   */
  public void open(String id, int unread) {
    roomId.set(id);
    notice.set("");
    RoomTimeline timeline = timeline(id);
    timeline.openedWithUnread(unread);
    lines.set(timeline.lines());
    if (!timeline.loaded()) {
      client
          .request(
              rid -> new MessageHistory(rid, id, null, null, Limits.HISTORY_DEFAULT_LIMIT),
              MessagesResult.class)
          .whenComplete(
              (page, failure) -> {
                if (failure == null) {
                  timeline.loadedNewest(page.messages(), page.hasMore());
                } else {
                  notice.set(Failures.describe(failure));
                }
              });
    }
  }

  /**
   * Fetches the page before the oldest message shown, unless one is on its way or none is left.
   * Completes with the number of rows put on top (0 when nothing was fetched), so that the view can
   * keep what the user was reading in place.
   */
  public CompletableFuture<Integer> loadOlder() {
    String id = roomId.get();
    RoomTimeline timeline = id == null ? null : timeline(id);
    if (timeline == null
        || loadingOlder.get()
        || !timeline.loaded()
        || !timeline.hasOlder()
        || timeline.oldestId() == null) {
      return CompletableFuture.completedFuture(0);
    }
    loadingOlder.set(true);
    String before = timeline.oldestId();
    return client
        .request(
            rid -> new MessageHistory(rid, id, before, null, Limits.HISTORY_DEFAULT_LIMIT),
            MessagesResult.class)
        .handle(
            (page, failure) -> {
              int added =
                  failure == null ? timeline.addedOlder(page.messages(), page.hasMore()) : 0;
              loadingOlder.set(false);
              return added;
            });
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

  /** Whether a page of older history is on its way (the view then keeps the reader's place). */
  public boolean loadingOlder() {
    return loadingOlder.get();
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
