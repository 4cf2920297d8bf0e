package chat.client.ui.chat;

import chat.client.net.Failures;
import chat.client.net.Session;
import chat.protocol.Limits;
import chat.protocol.model.Message;
import chat.protocol.result.MessagesResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Fetches rooms' history into their {@link RoomTimeline}s: the newest page, the window around a
 * message a search jumped to, and the pages before and after what a timeline holds, one of each
 * direction at a time (a timeline's held messages beyond those it shows go first). Loads that
 * replace what a timeline holds are numbered: an answer that a later such load overtook is dropped,
 * so a slow newest page never undoes a jump. A room whose load was dropped is still unloaded, and
 * loads again when opened. Each page goes in as its messages show: those of an encrypted room read
 * first.
 */
final class RoomHistory {

  /** How many messages a jump loads on each side of its target. */
  static final int AROUND = 25;

  private final Session client;
  private final BiConsumer<String, String> failed;
  private final Function<List<Message>, CompletableFuture<List<Message>>> read;
  private boolean loadingOlder;
  private boolean loadingNewer;
  private boolean puttingIn;
  private int replacingLoads;

  /**
   * @param failed shows why a room's newest page or window could not be fetched: given the room's
   *     id and the reason
   * @param read the messages of a page as they show (those of an encrypted room read), on the FX
   *     thread
   */
  RoomHistory(
      Session client,
      BiConsumer<String, String> failed,
      Function<List<Message>, CompletableFuture<List<Message>>> read) {
    this.client = client;
    this.failed = failed;
    this.read = read;
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
                failed.accept(roomId, Failures.describe(failure));
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
                failed.accept(roomId, Failures.describe(failure));
              }
              return null;
            });
  }

  /**
   * Shows the messages before the oldest shown: those held first, then a page fetched from the
   * server, unless one is on its way or none is left. Completes with the number of rows put on top
   * (0 when nothing was).
   */
  CompletableFuture<Integer> older(String roomId, RoomTimeline timeline) {
    if (timeline.holdsOlder()) {
      return CompletableFuture.completedFuture(puttingIn(timeline::showOlder));
    }
    if (loadingOlder || !timeline.loaded() || !timeline.hasOlder() || timeline.oldestId() == null) {
      return CompletableFuture.completedFuture(0);
    }
    loadingOlder = true;
    return page(roomId, timeline.oldestId(), null, Limits.HISTORY_DEFAULT_LIMIT)
        .handle(
            (page, failure) -> {
              loadingOlder = false;
              return failure == null
                  ? puttingIn(() -> timeline.addedOlder(page.messages(), page.hasMore()))
                  : 0;
            });
  }

  /**
   * Shows the messages after the newest shown: those held first, then (after a jump into older
   * history) a page fetched from the server, unless one is on its way or none is left. Completes
   * with whether any went in.
   */
  CompletableFuture<Boolean> newer(String roomId, RoomTimeline timeline) {
    if (timeline.holdsNewer()) {
      return CompletableFuture.completedFuture(puttingIn(timeline::showNewer));
    }
    if (loadingNewer || !timeline.hasNewer()) {
      return CompletableFuture.completedFuture(false);
    }
    loadingNewer = true;
    return page(roomId, null, timeline.newestId(), Limits.HISTORY_DEFAULT_LIMIT)
        .handle(
            (page, failure) -> {
              loadingNewer = false;
              return failure == null
                  && puttingIn(
                      () -> {
                        timeline.addedNewer(page.messages(), page.hasMore());
                        return true;
                      });
            });
  }

  /**
   * Whether older or newer messages are being put in the list right now: its rows change, but
   * nothing new arrived, and the view keeps the reader's place.
   */
  boolean puttingInAPage() {
    return puttingIn;
  }

  private <T> T puttingIn(Supplier<T> change) {
    puttingIn = true;
    try {
      return change.get();
    } finally {
      puttingIn = false;
    }
  }

  private CompletableFuture<MessagesResult> page(
      String roomId, String before, String after, int limit) {
    return client
        .history(roomId, before, after, limit)
        .thenCompose(
            page ->
                read.apply(page.messages())
                    .thenApply(
                        shown -> new MessagesResult(shown, page.hasMore(), page.changeSeq())));
  }
}
