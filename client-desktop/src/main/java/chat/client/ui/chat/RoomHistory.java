package chat.client.ui.chat;

import chat.client.net.Failures;
import chat.client.net.Session;
import chat.protocol.Limits;
import chat.protocol.client.MessageHistory;
import chat.protocol.model.Message;
import chat.protocol.result.MessagesResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Fetches rooms' history into their {@link RoomTimeline}s: the newest page, the window around a
 * message a search jumped to, and the pages before and after what a timeline holds, one of each
 * direction at a time. Loads that replace what a timeline holds are numbered: an answer that a
 * later such load overtook is dropped, so a slow newest page never undoes a jump. A room whose load
 * was dropped is still unloaded, and loads again when opened.
 */
final class RoomHistory {

  /** How many messages a jump loads on each side of its target. */
  static final int AROUND = 25;

  private final Session client;
  private final Consumer<String> failed;
  private boolean loadingOlder;
  private boolean loadingNewer;
  private int replacingLoads;

  /**
   * @param failed shows why a newest page or a window could not be fetched
   */
  RoomHistory(Session client, Consumer<String> failed) {
    this.client = client;
    this.failed = failed;
  }

  /** Replaces what {@code timeline} holds by the room's newest page. */
  void newest(String roomId, RoomTimeline timeline) {
    int asked = ++replacingLoads;
    page(roomId, null, null, Limits.HISTORY_DEFAULT_LIMIT)
        .whenComplete(
            (page, failure) -> {
              if (asked != replacingLoads) {
                return;
              }
              if (failure == null) {
                timeline.loadedNewest(page.messages(), page.hasMore());
              } else {
                failed.accept(Failures.describe(failure));
              }
            });
  }

  /**
   * Replaces what {@code timeline} holds by the window around {@code target}: the messages just
   * before it, it, and those just after it. Completes with the target's id once the window is in
   * place, or with null when it failed or another load overtook it.
   */
  CompletableFuture<String> around(Message target, RoomTimeline timeline) {
    int asked = ++replacingLoads;
    String roomId = target.roomId();
    CompletableFuture<MessagesResult> older = page(roomId, target.messageId(), null, AROUND);
    CompletableFuture<MessagesResult> newer = page(roomId, null, target.messageId(), AROUND);
    return older
        .thenCombine(
            newer,
            (before, after) -> {
              if (asked != replacingLoads) {
                return null;
              }
              List<Message> window = new ArrayList<>(before.messages());
              window.add(target);
              window.addAll(after.messages());
              timeline.loadedAround(window, before.hasMore(), after.hasMore());
              return target.messageId();
            })
        .exceptionally(
            failure -> {
              if (asked == replacingLoads) {
                failed.accept(Failures.describe(failure));
              }
              return null;
            });
  }

  /**
   * Fetches the page before the oldest message held, unless one is on its way or none is left.
   * Completes with the number of rows put on top (0 when nothing was fetched).
   */
  CompletableFuture<Integer> older(String roomId, RoomTimeline timeline) {
    if (loadingOlder || !timeline.loaded() || !timeline.hasOlder() || timeline.oldestId() == null) {
      return CompletableFuture.completedFuture(0);
    }
    loadingOlder = true;
    return page(roomId, timeline.oldestId(), null, Limits.HISTORY_DEFAULT_LIMIT)
        .handle(
            (page, failure) -> {
              int added =
                  failure == null ? timeline.addedOlder(page.messages(), page.hasMore()) : 0;
              loadingOlder = false;
              return added;
            });
  }

  /**
   * After a jump into older history: fetches the page after the newest message held, unless one is
   * on its way or none is left. Completes with whether a page went in.
   */
  CompletableFuture<Boolean> newer(String roomId, RoomTimeline timeline) {
    if (loadingNewer || !timeline.hasNewer()) {
      return CompletableFuture.completedFuture(false);
    }
    loadingNewer = true;
    return page(roomId, null, timeline.newestId(), Limits.HISTORY_DEFAULT_LIMIT)
        .handle(
            (page, failure) -> {
              if (failure == null) {
                timeline.addedNewer(page.messages(), page.hasMore());
              }
              loadingNewer = false;
              return failure == null;
            });
  }

  /** Whether a page of older or newer history is on its way. */
  boolean loadingAPage() {
    return loadingOlder || loadingNewer;
  }

  private CompletableFuture<MessagesResult> page(
      String roomId, String before, String after, int limit) {
    return client.request(
        rid -> new MessageHistory(rid, roomId, before, after, limit), MessagesResult.class);
  }
}
