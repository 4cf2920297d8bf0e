package chat.client.ui.main;

import chat.client.config.AppDirs;
import chat.client.host.LocalServerHost;
import chat.client.net.ClientEvent;
import chat.client.net.Session;
import chat.client.notify.Alerts;
import chat.client.notify.Mentions;
import chat.client.ui.admin.AdminViewModel;
import chat.client.ui.chat.ChatViewModel;
import chat.client.ui.chat.MembersViewModel;
import chat.client.ui.chat.MentionSuggestions;
import chat.client.ui.chat.MessageLinks;
import chat.client.ui.chat.SeenByViewModel;
import chat.client.ui.chat.ThreadViewModel;
import chat.client.ui.chat.TypingViewModel;
import chat.client.ui.e2ee.Encryption;
import chat.client.ui.e2ee.KeyChangeWarning;
import chat.client.ui.files.AttachmentFiles;
import chat.client.ui.host.HostInvite;
import chat.client.ui.host.HostPanelViewModel;
import chat.client.ui.host.Hosting;
import chat.client.ui.invite.RoomInviteViewModel;
import chat.client.ui.jump.JumpViewModel;
import chat.client.ui.moderation.MemberActions;
import chat.client.ui.moderation.ModerationViewModel;
import chat.client.ui.moderation.RoomSettingsViewModel;
import chat.client.ui.people.NewDirectViewModel;
import chat.client.ui.rooms.BrowseViewModel;
import chat.client.ui.rooms.DirectPresence;
import chat.client.ui.rooms.InviteJoinViewModel;
import chat.client.ui.rooms.NewRoomViewModel;
import chat.client.ui.rooms.RoomItem;
import chat.client.ui.rooms.RoomsViewModel;
import chat.client.ui.search.SearchViewModel;
import chat.client.ui.settings.Preferences;
import chat.client.ui.settings.RoomLevelsViewModel;
import chat.client.ui.settings.SettingsViewModel;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.model.User;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableMap;

/**
 * The main window: routes the client's events to the sidebar and the chat, keeps the two in step
 * (opening a room clears its unread count and shows its conversation), and builds the panels' view
 * models. {@code onSignedOut} runs after logout or when the server ends the session, with a notice
 * for the sign-in screen.
 */
public final class MainViewModel {

  private final Session client;
  private final Hosting hosting;
  private final Clock clock;
  private final Consumer<String> onSignedOut;
  private final Consumer<ClientEvent> listener;
  private final RoomsViewModel rooms;
  private final ChatViewModel chat;
  private final ThreadViewModel thread;
  private final MembersViewModel members;
  private final MentionSuggestions mentions;
  private final BannerViewModel banner;
  private final TypingViewModel typing;
  private final SeenByViewModel seenBy;
  private final Alerts alerts;
  private final DirectPresence directPresence;
  private final Preferences preferences;
  private final AttachmentFiles files;
  private final ModerationViewModel moderation;
  private final Encryption encryption;
  private boolean signedOut;

  /**
   * @param alerts decides which messages raise a notification
   * @param dirs the app's folders: the images shown in chats are kept in its cache, and "Open"
   *     saves into its downloads
   * @param encryption the session's end-to-end encryption, which this window closes when left
   */
  public MainViewModel(
      Session client,
      Hosting hosting,
      Clock clock,
      Preferences preferences,
      Consumer<String> onSignedOut,
      Alerts alerts,
      AppDirs dirs,
      Encryption encryption) {
    this.client = client;
    this.encryption = encryption;
    // Captured once: right after signing out the session no longer knows who signed in, and
    // events already queued still reach this window.
    String myUserId = client.me().userId();
    this.rooms = new RoomsViewModel(myUserId, client.me().username(), Mentions.of(client));
    this.hosting = hosting;
    this.clock = clock;
    this.preferences = preferences;
    this.onSignedOut = onSignedOut;
    this.chat = new ChatViewModel(client, ZoneId.systemDefault(), encryption);
    this.thread =
        new ThreadViewModel(
            client, ZoneId.systemDefault(), chat.threads(), encryption, chat.encryptedRooms());
    chat.onOpenThread(root -> thread.open(root, roomName(root.roomId())));
    this.members = new MembersViewModel(client);
    this.mentions = new MentionSuggestions(members.members(), myUserId, members::wanted);
    this.banner = new BannerViewModel(client.statusProperty(), client::retryNow, clock);
    this.typing = new TypingViewModel(client, clock);
    this.seenBy = new SeenByViewModel(client, chat);
    this.alerts = alerts;
    this.directPresence = new DirectPresence(client);
    this.files =
        new AttachmentFiles(
            client.downloads(), dirs.cache(), client.address().url(), dirs.downloads());
    this.moderation = new ModerationViewModel(client, clock, ZoneId.systemDefault());
    chat.actions().rankedBy(moderation);
    chat.composer().draftProperty().addListener((obs, old, now) -> typing.draftChanged(now));
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
              if (now != null && now.encrypted()) {
                members.wanted(); // whose security key changed shows by name
              }
              moderation.roomChanged(id);
              mentions.roomChanged(now != null && myUserId.equals(now.createdBy()));
              typing.roomChanged(id);
              alerts.roomOpened(id);
            });
    this.listener =
        new MainEvents(
                myUserId,
                new MainEvents.Panels(
                    rooms, chat, thread, members, typing, seenBy, moderation, directPresence),
                new RoomRemoval(rooms, chat, members::nameOf),
                alerts,
                this::open,
                this::openIfStillHere,
                this::signedOut,
                encryption.messages())
            ::handle;
    client.addListener(listener);
  }

  public void open(RoomItem room) {
    rooms.select(room);
  }

  private void openIfStillHere(RoomItem room) {
    if (!signedOut) {
      open(room);
    }
  }

  /** A room just created, joined or opened as a direct conversation: list it and open it. */
  public void entered(Room room) {
    chat.roomChanged(room);
    RoomItem item = rooms.changed(room);
    directPresence.changed(item);
    open(item);
  }

  public void logout() {
    client.logout().whenComplete((ok, failure) -> signedOut(""));
  }

  /** Leaves for the sign-in screen, once: the server may end the session as the app does. */
  private void signedOut(String notice) {
    if (signedOut) {
      return;
    }
    signedOut = true;
    client.removeListener(listener);
    encryption.close();
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

  /** "Ana Lima on 10.0.0.5:5000", following a change of display name. */
  public StringBinding signedInAs() {
    String where = " on " + client.address().display();
    User first = client.me();
    return Bindings.createStringBinding(
        () -> {
          User me = client.meProperty().get();
          return (me != null ? me : first).shownName() + where;
        },
        client.meProperty());
  }

  /** The settings panel's view model; "sign out everywhere" ends on the sign-in screen. */
  public SettingsViewModel settings() {
    return SettingsViewModel.of(
        client, preferences, new RoomLevelsViewModel(rooms.items(), alerts), () -> signedOut(""));
  }

  /** The settings the window follows as they change (which key sends). */
  public Preferences preferences() {
    return preferences;
  }

  /** The composer's suggestions of whom to mention. */
  public MentionSuggestions mentions() {
    return mentions;
  }

  /** Where others find the server this app hosts, or empty when it hosts none. */
  public StringBinding hostNotice() {
    return Bindings.createStringBinding(
        () -> {
          LocalServerHost.Hosted hosted = hosting.hosted();
          return hosted == null
              ? ""
              : "Hosting here. Others connect to " + hosted.addressForOthers();
        },
        hosting.hostedProperty());
  }

  /** The thread panel. */
  public ThreadViewModel thread() {
    return thread;
  }

  /** The files posted in the chats: their images, and the files being saved. */
  public AttachmentFiles files() {
    return files;
  }

  /** Whether the signed-in user administers the server: the sidebar then offers the admin area. */
  public boolean administers() {
    return client.administration().administers();
  }

  /** The admin area: accounts, invites, who may register. */
  public AdminViewModel admin() {
    return new AdminViewModel(
        client.administration(),
        client.me().userId(),
        code -> hosting.inviteLink(code).text(),
        clock,
        ZoneId.systemDefault());
  }

  /** The host panel, while this app hosts a server; {@code close} closes it. */
  public HostPanelViewModel hostPanel(Runnable close) {
    return new HostPanelViewModel(hosting, clock, close);
  }

  /** The host panel's invite link for newcomers. */
  public HostInvite hostInvite() {
    return new HostInvite(hosting, client.administration(), clock);
  }

  /** Stops following the client's events: the window is left without signing out. */
  public void close() {
    signedOut = true;
    client.removeListener(listener);
    encryption.close();
  }

  public BrowseViewModel browse() {
    return new BrowseViewModel(client, this::entered);
  }

  public NewRoomViewModel newRoom() {
    return new NewRoomViewModel(client, encryption, this::entered);
  }

  public NewDirectViewModel newDirect() {
    return new NewDirectViewModel(client, encryption, this::entered);
  }

  public JumpViewModel jump() {
    return new JumpViewModel(rooms.items(), this::open);
  }

  public SearchViewModel search() {
    return new SearchViewModel(client, this::roomName, this::showMessage);
  }

  /** Opens the room of a message found (a search, a link), at that message and those around it. */
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

  public Alerts alerts() {
    return alerts;
  }

  public MembersViewModel members() {
    return members;
  }

  /** "Ana is typing…" for the open room, or empty. */
  public ReadOnlyStringProperty typingLineProperty() {
    return typing.textProperty();
  }

  /** "Seen by Ana, Ben" under each message of the open room that others have read up to. */
  public ObservableMap<String, String> seenByRows() {
    return seenBy.rows();
  }

  /** The window's clock: a typing line nobody renewed for 6 s clears. */
  public void tick() {
    typing.tick();
    moderation.tick();
  }

  /** The open room's roles, slow mode and the line under the composer. */
  public ModerationViewModel moderation() {
    return moderation;
  }

  /** A moderator's actions on the members of the open room; refusals show in the panel. */
  public MemberActions memberActions() {
    return new MemberActions(client, moderation, members.errorProperty()::set);
  }

  /** The invite link into the open room, for its owner or an admin. */
  public RoomInviteViewModel roomInvite() {
    return new RoomInviteViewModel(client.roomInvites(), moderation.roomId(), clock);
  }

  public InviteJoinViewModel inviteJoin() {
    return new InviteJoinViewModel(client.roomInvites(), this::entered, this::openMessageLink);
  }

  /**
   * Opens the room of the message a pasted link names, at that message and those around it.
   * Completes with "" once it is on its way, or with one sentence saying why not.
   */
  public CompletableFuture<String> openMessageLink(String text) {
    return chat.links()
        .find(text, roomId -> rooms.find(roomId) != null)
        .handle(
            (message, failure) -> {
              if (failure != null) {
                return MessageLinks.refusal(failure);
              }
              showMessage(message);
              return "";
            });
  }

  /** The open room's settings, for its owner and moderators. */
  public RoomSettingsViewModel roomSettings() {
    return new RoomSettingsViewModel(client, moderation.roomId(), ZoneId.systemDefault());
  }

  public BannerViewModel banner() {
    return banner;
  }

  /** The open encrypted room's warning of a member's changed security key. */
  public KeyChangeWarning keyChangeWarning() {
    return new KeyChangeWarning(encryption, chat.openEncryptedProperty(), members.members());
  }
}
