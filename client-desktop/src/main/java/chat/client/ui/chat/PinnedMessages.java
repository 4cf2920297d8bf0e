package chat.client.ui.chat;

import chat.client.net.Failures;
import chat.client.net.Session;
import chat.protocol.Features;
import chat.protocol.client.RoomPins;
import chat.protocol.model.Message;
import chat.protocol.result.PinsResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open room's pinned messages, the most recently pinned first, for the pinned bar under the
 * room's header: fetched ({@code room.pins}) when a room opens, replaced whole by {@code
 * pins.updated}, and kept in step with messages caught up after a reconnect. The bar shows one pin
 * at a time, the newest first; clicking it shows the next.
 */
public final class PinnedMessages {

  private final Session client;
  private final Consumer<String> failed;
  private final Function<List<Message>, CompletableFuture<List<Message>>> read;
  private final boolean served;
  private final ObservableList<Message> pins = FXCollections.observableArrayList();
  private final IntegerProperty shownIndex = new SimpleIntegerProperty();
  private final ReadOnlyObjectWrapper<Message> shown = new ReadOnlyObjectWrapper<>();
  private String roomId;

  /**
   * @param failed shows why the pins could not be fetched
   * @param read pinned messages as they show (those of an encrypted room read), on the FX thread
   */
  PinnedMessages(
      Session client,
      Consumer<String> failed,
      Function<List<Message>, CompletableFuture<List<Message>>> read) {
    this.client = client;
    this.failed = failed;
    this.read = read;
    this.served = client.serverInfo().features().contains(Features.PINS);
    shown.bind(
        Bindings.createObjectBinding(
            () -> pins.isEmpty() ? null : pins.get(Math.min(shownIndex.get(), pins.size() - 1)),
            pins,
            shownIndex));
  }

  /** A room was opened: its pins are fetched. */
  void roomChanged(String id) {
    roomId = id;
    pins.clear();
    shownIndex.set(0);
    if (id == null || !served) {
      return; // a server without pins: the bar stays hidden
    }
    client
        .request(rid -> new RoomPins(rid, id), PinsResult.class)
        .thenCompose(result -> read.apply(result.pins()))
        .whenComplete(
            (result, failure) -> {
              if (!id.equals(roomId)) {
                return;
              }
              if (failure == null) {
                replace(result);
              } else {
                failed.accept("Could not load the pinned messages: " + Failures.describe(failure));
              }
            });
  }

  /** A room's pins changed ({@code pins.updated}). */
  void pinsChanged(String id, List<Message> now) {
    read.apply(now)
        .thenAccept(
            shown -> {
              if (id.equals(roomId)) {
                replace(shown);
              }
            });
  }

  /**
   * A message's whole new state (an edit, or a change caught up after a reconnect): a pinned one
   * shows its new text, one pinned or unpinned while away comes or goes.
   */
  void messageChanged(Message message) {
    if (!message.roomId().equals(roomId)) {
      return;
    }
    List<Message> now = new ArrayList<>(pins);
    now.removeIf(pin -> pin.messageId().equals(message.messageId()));
    if (message.pinnedAt() != null && !Boolean.TRUE.equals(message.deleted())) {
      now.add(message);
      now.sort(Comparator.comparingLong(Message::pinnedAt).reversed());
    }
    if (!now.equals(pins)) {
      replace(now);
    }
  }

  /** Whether {@code messageId} is pinned in the open room. */
  boolean pinned(String messageId) {
    return pins.stream().anyMatch(pin -> pin.messageId().equals(messageId));
  }

  /** The bar shows the next pin, older, and the newest again after the oldest. */
  public void next() {
    if (!pins.isEmpty()) {
      shownIndex.set((shownIndex.get() + 1) % pins.size());
    }
  }

  /** The pin the bar shows, or null when the room has none. */
  public ReadOnlyObjectProperty<Message> shownProperty() {
    return shown.getReadOnlyProperty();
  }

  /** "alice: the agenda is in the wiki", the shown pin, or empty. */
  public StringBinding text() {
    return Bindings.createStringBinding(
        () -> {
          Message pin = shown.get();
          return pin == null ? "" : pin.senderName() + ": " + pin.content().replace('\n', ' ');
        },
        shown);
  }

  /** "1 of 3" with more than one pin, else empty. */
  public StringBinding position() {
    return Bindings.createStringBinding(
        () ->
            pins.size() < 2
                ? ""
                : Math.min(shownIndex.get(), pins.size() - 1) + 1 + " of " + pins.size(),
        pins,
        shownIndex);
  }

  public ObservableList<Message> pins() {
    return pins;
  }

  private void replace(List<Message> now) {
    pins.setAll(now);
    shownIndex.set(0);
  }
}
