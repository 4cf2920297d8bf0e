package chat.client.ui.main;

import chat.client.net.ClientEvent;
import chat.client.net.Replies;
import chat.client.notify.Alerts;
import chat.client.ui.chat.ChatViewModel;
import chat.client.ui.chat.MembersViewModel;
import chat.client.ui.chat.SeenByViewModel;
import chat.client.ui.chat.ThreadViewModel;
import chat.client.ui.chat.TypingViewModel;
import chat.client.ui.e2ee.DecryptedMessages;
import chat.client.ui.moderation.ModerationViewModel;
import chat.client.ui.rooms.DirectPresence;
import chat.client.ui.rooms.RoomItem;
import chat.client.ui.rooms.RoomsViewModel;
import chat.protocol.model.Message;
import java.util.function.Consumer;

/**
 * Sends each of the session's events to the panels of the main window that show it: kept apart from
 * {@link MainViewModel}, which builds the panels, so that where an event goes reads in one place.
 */
final class MainEvents {

  /** The main window's panels that events change. */
  record Panels(
      RoomsViewModel rooms,
      ChatViewModel chat,
      ThreadViewModel thread,
      MembersViewModel members,
      TypingViewModel typing,
      SeenByViewModel seenBy,
      ModerationViewModel moderation,
      DirectPresence directPresence) {}

  private final String myUserId;
  private final Panels panels;
  private final RoomRemoval removal;
  private final Alerts alerts;
  private final Consumer<RoomItem> open;
  private final Consumer<RoomItem> openIfStillHere;
  private final Consumer<String> signedOut;
  private final DecryptedMessages texts;

  /**
   * @param myUserId the signed-in user when the main window was built: events still queued after
   *     signing out are compared with it, as the session no longer knows who signed in
   * @param open opens a room (the first one listed, when none is open)
   * @param openIfStillHere opens a room from a notification, unless the window was left
   * @param signedOut leaves for the sign-in screen with a notice
   * @param texts what messages of encrypted rooms show as: the panels get them so, notifications
   *     never show a sentence about keys
   */
  MainEvents(
      String myUserId,
      Panels panels,
      RoomRemoval removal,
      Alerts alerts,
      Consumer<RoomItem> open,
      Consumer<RoomItem> openIfStillHere,
      Consumer<String> signedOut,
      DecryptedMessages texts) {
    this.myUserId = myUserId;
    this.texts = texts;
    this.panels = panels;
    this.removal = removal;
    this.alerts = alerts;
    this.open = open;
    this.openIfStillHere = openIfStillHere;
    this.signedOut = signedOut;
  }

  void handle(ClientEvent event) {
    switch (event) {
      case ClientEvent.MessageArrived m -> arrived(texts.shown(m.message()));
      case ClientEvent.RoomChanged r -> {
        panels.chat().roomChanged(r.room());
        panels.directPresence().changed(panels.rooms().changed(r.room()));
        panels.members().roomUpdated(r.room().roomId());
      }
      case ClientEvent.RoomsListed l -> {
        panels.chat().roomsListed(l.rooms());
        panels.rooms().listed(l.rooms());
        panels.directPresence().listed(panels.rooms().items());
        panels.seenBy().reconnected();
        panels.moderation().reconnected();
        if (panels.rooms().selectedProperty().get() == null && !panels.rooms().items().isEmpty()) {
          open.accept(panels.rooms().items().getFirst());
        }
      }
      case ClientEvent.OutboxChanged o -> {
        panels.chat().pendingChanged(o.pending());
        panels.thread().pendingChanged(o.pending());
      }
      case ClientEvent.SendRefused r when r.threadId() != null -> {
        panels.moderation().sendRefused(r);
        panels.thread().refused(r.threadId(), r.content(), r.reason());
      }
      case ClientEvent.SendRefused r -> {
        panels.moderation().sendRefused(r);
        panels.chat().refused(r.roomId(), r.content(), r.reason());
      }
      case ClientEvent.SendHeld h -> panels.moderation().sendHeld(h.roomId(), h.retryAfterMs());
      case ClientEvent.SessionEnded s -> signedOut.accept("Please sign in again: " + s.reason());
      case ClientEvent.PresenceChanged p -> {
        panels.members().presenceChanged(p.userId(), p.status(), p.lastSeen());
        panels.directPresence().presenceChanged(p.userId(), p.status());
      }
      case ClientEvent.UserChanged u -> {
        panels.members().userChanged(u.user());
        panels.typing().userChanged(u.user());
        panels.seenBy().userChanged(u.user());
        panels.chat().userChanged(u.user());
      }
      case ClientEvent.TypingChanged t ->
          panels.typing().typingChanged(t.roomId(), t.userId(), t.active());
      case ClientEvent.ReadUpTo r ->
          panels.seenBy().readUpTo(r.roomId(), r.userId(), r.messageId());
      case ClientEvent.MessageEdited e -> {
        Message edited = texts.shown(e.message());
        panels.chat().changes().changed(edited);
        panels.thread().changed(edited);
      }
      case ClientEvent.MessageRemoved r -> {
        panels.chat().changes().removed(r.roomId(), r.messageId());
        panels.thread().removed(r.roomId(), r.messageId());
      }
      case ClientEvent.ReactionsChanged r -> {
        panels.chat().changes().reactionsChanged(r.roomId(), r.messageId(), r.reactions());
        panels.thread().reactionsChanged(r.roomId(), r.messageId(), r.reactions());
      }
      case ClientEvent.PinsChanged p -> panels.chat().changes().pinsChanged(p.roomId(), p.pins());
      case ClientEvent.MemberChanged m when m.removes(myUserId) -> removal.removed(m);
      case ClientEvent.MemberChanged m -> panels.moderation().memberChanged(m);
      case ClientEvent.SlowModeChanged s -> panels.moderation().slowModeChanged(s);
      case ClientEvent.KeysChanged _, ClientEvent.DeviceMessageArrived _ -> {
        // End-to-end encryption takes these itself (EndToEnd and Encryption listen to the session).
      }
    }
  }

  /**
   * A message: a reply goes to its thread (shown in the panel, or counted unseen on its root), and
   * to the room's timeline, unread count and notifications only if it was also posted to the room.
   * One kept to its thread notifies only a reader who follows the panels.thread().
   */
  private void arrived(Message message) {
    if (message.threadId() != null) {
      boolean unseen = panels.thread().arrived(message);
      if (!Replies.inRoom(message)) {
        Message root = panels.chat().held(message.roomId(), message.threadId());
        if (unseen && root != null && panels.chat().threads().follows(root)) {
          alert(message);
        }
        return;
      }
    }
    boolean isNew = panels.chat().accept(message);
    panels.rooms().arrived(message, isNew);
    if (isNew) {
      alert(message);
    }
  }

  private void alert(Message message) {
    RoomItem room = panels.rooms().find(message.roomId());
    if (room != null) {
      // A notification may be clicked long after this window was left: it then opens nothing.
      alerts.arrived(
          texts.notified(message),
          room.visibility(),
          room.name(),
          () -> openIfStillHere.accept(room));
    }
  }
}
