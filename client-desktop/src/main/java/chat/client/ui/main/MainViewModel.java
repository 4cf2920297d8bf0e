package chat.client.ui.main;

import chat.client.host.LocalServerHost;
import chat.client.net.ClientEvent;
import chat.client.net.Session;
import chat.client.ui.chat.ChatViewModel;
import chat.client.ui.chat.MembersViewModel;
import chat.client.ui.chat.SeenByViewModel;
import chat.client.ui.chat.TypingViewModel;
import chat.client.ui.jump.JumpViewModel;
import chat.client.ui.people.NewDirectViewModel;
import chat.client.ui.rooms.BrowseViewModel;
import chat.client.ui.rooms.NewRoomViewModel;
import chat.client.ui.rooms.RoomItem;
import chat.client.ui.rooms.RoomsViewModel;
import chat.client.ui.search.SearchViewModel;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The main window: routes the client's events to the sidebar and the chat, keeps the two in step
 * (opening a room clears its unread count and shows its conversation), and builds the panels' view
 * models. {@code onSignedOut} runs after logout or when the server ends the session, with a notice
 * for the sign-in screen.
 */
public final class MainViewModel {

  private final Session client;
  private final LocalServerHost host;
  private final Consumer<String> onSignedOut;
  private final Consumer<ClientEvent> listener = this::handle;
  private final RoomsViewModel rooms;
  private final ChatViewModel chat;
  private final MembersViewModel members;
  private final BannerViewModel banner;
  private final TypingViewModel typing;
  private final SeenByViewModel seenBy;

  public MainViewModel(
      Session client, LocalServerHost host, Clock clock, Consumer<String> onSignedOut) {
    this.client = client;
    this.host = host;
    this.onSignedOut = onSignedOut;
    this.rooms = new RoomsViewModel(client.me().userId(), client.me().username());
    this.chat = new ChatViewModel(client, ZoneId.systemDefault());
    this.members = new MembersViewModel(client);
    this.banner = new BannerViewModel(client.statusProperty(), client::retryNow, clock);
    this.typing = new TypingViewModel(client, clock);
    this.seenBy = new SeenByViewModel(client, chat);
    chat.draftProperty().addListener((obs, old, now) -> typing.draftChanged(now));
    rooms
        .selectedProperty()
        .addListener(
            (obs, old, now) -> {
              String id = now == null ? null : now.roomId();
              if (id != null) {
                // Selecting clears the room's unread count, but only after this listener has run.
                chat.open(id, now.unreadProperty().get());
              }
              members.roomChanged(id);
              typing.roomChanged(id);
            });
    client.addListener(listener);
  }

  private void handle(ClientEvent event) {
    switch (event) {
      case ClientEvent.MessageArrived m -> rooms.arrived(m.message(), chat.accept(m.message()));
      case ClientEvent.RoomChanged r -> rooms.changed(r.room());
      case ClientEvent.RoomsListed l -> {
        rooms.listed(l.rooms());
        if (rooms.selectedProperty().get() == null && !rooms.items().isEmpty()) {
          open(rooms.items().getFirst());
        }
      }
      case ClientEvent.OutboxChanged o -> chat.pendingChanged(o.pending());
      case ClientEvent.SendRefused r -> chat.refused(r.roomId(), r.content(), r.reason());
      case ClientEvent.SessionEnded s -> signedOut("Please sign in again: " + s.reason());
      case ClientEvent.PresenceChanged p ->
          members.presenceChanged(p.userId(), p.status(), p.lastSeen());
      case ClientEvent.TypingChanged t -> typing.typingChanged(t.roomId(), t.userId(), t.active());
      case ClientEvent.ReadUpTo r -> seenBy.readUpTo(r.roomId(), r.userId(), r.messageId());
      case ClientEvent.MessageEdited e -> {} // edits are not shown yet
      case ClientEvent.MessageRemoved r -> {} // deletions are not shown yet
      case ClientEvent.ReactionsChanged r -> {} // reactions are not shown yet
    }
  }

  public void open(RoomItem room) {
    rooms.select(room);
  }

  /** A room just created, joined or opened as a direct conversation: list it and open it. */
  public void entered(Room room) {
    open(rooms.changed(room));
  }

  public void logout() {
    client.logout().whenComplete((ok, failure) -> signedOut(""));
  }

  private void signedOut(String notice) {
    client.removeListener(listener);
    onSignedOut.accept(notice);
  }

  /** "(3) Chat · Office chat": the unread total first, where a taskbar shows it. */
  public StringBinding title() {
    String server = client.serverInfo().name();
    return Bindings.createStringBinding(
        () -> {
          int unread = rooms.totalUnread().get();
          return (unread > 0 ? "(" + unread + ") " : "") + "Chat · " + server;
        },
        rooms.totalUnread());
  }

  public String serverName() {
    return client.serverInfo().name();
  }

  public String signedInAs() {
    return client.me().username() + " on " + client.address().display();
  }

  /** Where others find the server this app hosts, or empty when it hosts none. */
  public String hostNotice() {
    LocalServerHost.Hosted hosted = host.hosted();
    return hosted == null
        ? ""
        : "Hosting here. Others connect to "
            + hosted.addressForOthers()
            + hosted.fingerprintNotice();
  }

  public BrowseViewModel browse() {
    return new BrowseViewModel(client, this::entered);
  }

  public NewRoomViewModel newRoom() {
    return new NewRoomViewModel(client, this::entered);
  }

  public NewDirectViewModel newDirect() {
    return new NewDirectViewModel(client, this::entered);
  }

  public JumpViewModel jump() {
    return new JumpViewModel(rooms.items(), this::open);
  }

  public SearchViewModel search() {
    return new SearchViewModel(client, this::roomName, this::showMessage);
  }

  /** Opens the room of a message found by a search, at that message and those around it. */
  private void showMessage(Message message) {
    RoomItem room = rooms.find(message.roomId());
    if (room != null) {
      chat.showAround(message);
      open(room);
    }
  }

  private String roomName(String roomId) {
    RoomItem room = rooms.find(roomId);
    return room == null ? "" : room.name();
  }

  public RoomsViewModel rooms() {
    return rooms;
  }

  public ChatViewModel chat() {
    return chat;
  }

  public MembersViewModel members() {
    return members;
  }

  /** "Ana is typing…" for the open room, or empty. */
  public ReadOnlyStringProperty typingLineProperty() {
    return typing.textProperty();
  }

  /** "Seen by Ana, Ben" under the open room's newest message, or empty. */
  public ReadOnlyStringProperty seenByLineProperty() {
    return seenBy.textProperty();
  }

  /** The window's clock: a typing line nobody renewed for 6 s clears. */
  public void tick() {
    typing.tick();
  }

  public BannerViewModel banner() {
    return banner;
  }
}
