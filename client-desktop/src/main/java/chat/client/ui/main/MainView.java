package chat.client.ui.main;

import chat.client.notify.AlertControls;
import chat.client.ui.PickerView;
import chat.client.ui.Views;
import chat.client.ui.admin.AdminView;
import chat.client.ui.chat.AttachControls;
import chat.client.ui.chat.ChatControls;
import chat.client.ui.chat.ChatLine;
import chat.client.ui.chat.MemberCell;
import chat.client.ui.chat.MentionPopup;
import chat.client.ui.chat.MessageChangeControls;
import chat.client.ui.chat.MessageMenu;
import chat.client.ui.chat.ThreadPanelView;
import chat.client.ui.e2ee.KeyChangeWarning;
import chat.client.ui.emoji.EmojiPicker;
import chat.client.ui.emoji.EmojiText;
import chat.client.ui.emoji.TextAreaEmoji;
import chat.client.ui.files.AttachmentParts;
import chat.client.ui.host.HostPanelView;
import chat.client.ui.invite.RoomInviteView;
import chat.client.ui.jump.JumpView;
import chat.client.ui.moderation.MemberActions;
import chat.client.ui.moderation.MemberMenu;
import chat.client.ui.moderation.RoomSettingsView;
import chat.client.ui.rooms.InviteJoinView;
import chat.client.ui.rooms.NewRoomView;
import chat.client.ui.rooms.RoomItem;
import chat.client.ui.rooms.SidebarCell;
import chat.client.ui.rooms.SidebarRow;
import chat.client.ui.search.SearchView;
import chat.client.ui.settings.SettingsView;
import chat.protocol.model.User;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Binds the main window: sidebar, chat, composer, members, banner and the panels (shown over the
 * window; Esc closes the newest open one). Ctrl+K opens the room switcher, Ctrl+F the message
 * search, Ctrl+, the settings; Alt+Up and Alt+Down go to the room above or below, Ctrl+Shift+A to
 * the next room with unread messages.
 */
public final class MainView {

  /** Emoji in the room\'s title are colour pictures this many pixels high. */
  private static final double TITLE_EMOJI_SIZE = 22;

  private final MainViewModel model;
  private final Consumer<String> openLink;
  private final OpenPanels panels = new OpenPanels();

  @FXML private StackPane root;
  @FXML private HBox banner;
  @FXML private Label bannerText;
  @FXML private Button retryButton;
  @FXML private Label serverName;
  @FXML private Label signedInAs;
  @FXML private ListView<SidebarRow> roomList;
  @FXML private Label hostNotice;
  @FXML private Button adminButton;
  @FXML private VBox hostingBox;
  @FXML private Label connectionLabel;
  @FXML private ToggleButton doNotDisturbToggle;
  @FXML private MenuButton notifyMenu;
  @FXML private Button roomSettingsButton;
  @FXML private Button roomInviteButton;
  @FXML private Label roomTitle;
  @FXML private Label roomLock;
  @FXML private HBox keyChangeBar;
  @FXML private Label keyChangeText;
  @FXML private Button acceptKeyButton;
  @FXML private ToggleButton membersToggle;
  @FXML private ListView<ChatLine> messageList;
  @FXML private Button newBelowButton;
  @FXML private Label noticeLabel;
  @FXML private Label moderationLabel;
  @FXML private Label editingLabel;
  @FXML private HBox pinnedBar;
  @FXML private Label pinnedIcon;
  @FXML private Label pinnedText;
  @FXML private Label pinnedPosition;
  @FXML private TextArea composer;
  @FXML private Label typingLabel;
  @FXML private Label counterLabel;
  @FXML private Button sendButton;
  @FXML private Button emojiButton;
  @FXML private Button attachButton;
  @FXML private VBox attachmentTray;
  @FXML private BorderPane chatPane;
  @FXML private VBox membersPane;
  @FXML private ListView<User> memberList;
  @FXML private Label membersError;
  @FXML private StackPane overlay;

  /**
   * @param openLink opens a web link from a message in the user's browser
   */
  public MainView(MainViewModel model, Consumer<String> openLink) {
    this.model = model;
    this.openLink = openLink;
  }

  /** Loads the window's content. */
  public Parent load() {
    return Views.load("Main.fxml", this);
  }

  @FXML
  private void initialize() {
    new BannerControls(model.banner(), model::tick)
        .bind(root, banner, bannerText, retryButton, connectionLabel);
    bindSidebar();
    MessageMenu menu =
        new MessageMenu(
            model.chat().actions(),
            model.chat().links(),
            EmojiPicker.forReactions(model.preferences().recentEmoji()));
    AttachmentParts files = new AttachmentParts(model.files(), openLink);
    bindChat(menu, files);
    TextAreaEmoji.show(composer);
    new AlertControls(model.alerts(), notifyMenu, doNotDisturbToggle).bind();
    membersPane.visibleProperty().bind(membersToggle.selectedProperty());
    membersPane.managedProperty().bind(membersPane.visibleProperty());
    membersToggle.selectedProperty().bindBidirectional(model.members().openProperty());
    memberList.setItems(model.members().members());
    membersError.textProperty().bind(model.members().errorProperty());
    MemberActions memberActions = model.memberActions();
    KeyChangeWarning keyWarning = model.keyChangeWarning();
    memberList.setCellFactory(
        list ->
            MemberMenu.attach(
                new MemberCell(
                    model.members().showPresence(),
                    model.moderation()::roleOf,
                    keyWarning::changed),
                memberActions));
    new EncryptionControls(keyWarning, model.chat().openEncryptedProperty())
        .bind(roomLock, keyChangeBar, keyChangeText, acceptKeyButton, memberList);
    model.moderation().revisionProperty().addListener((obs, old, now) -> memberList.refresh());
    roomSettingsButton.visibleProperty().bind(model.moderation().moderatesProperty());
    roomSettingsButton.managedProperty().bind(roomSettingsButton.visibleProperty());
    roomInviteButton.visibleProperty().bind(model.moderation().invitesProperty());
    roomInviteButton.managedProperty().bind(roomInviteButton.visibleProperty());
    AdaptiveLayout layout = new AdaptiveLayout(root, membersToggle.selectedProperty());
    layout.bind();
    bindThread(menu, files);
    BooleanProperty roomsOpen = layout.roomsOpenProperty();
    roomsOpen.addListener((obs, was, now) -> focusRooms(now));
    overlay.visibleProperty().addListener((obs, was, now) -> overlayShown(now));
    panels.closesOnEscape(membersToggle.selectedProperty());
    panels.closesOnEscape(roomsOpen);
    panels.closesOnEscape(overlay.visibleProperty());
    root.addEventFilter(
        KeyEvent.KEY_PRESSED,
        new MainShortcuts(model.rooms(), panels, this::jump, this::openSettings, this::search));
    model
        .rooms()
        .selectedProperty()
        .addListener(
            (obs, old, now) -> {
              roomsOpen.set(false);
              closePanel();
            });
  }

  /**
   * The thread panel beside the conversation, its rows with the room's message menu; its composer
   * takes the keyboard when it opens.
   */
  private void bindThread(MessageMenu menu, AttachmentParts files) {
    BooleanProperty threadOpen = model.thread().openProperty();
    ThreadPanelView thread =
        new ThreadPanelView(
                model.thread(), model.preferences().enterSendsProperty(), openLink, menu)
            .showingFiles(files);
    new ThreadPlace(root, (Region) thread.load(), threadOpen, membersToggle.selectedProperty())
        .bind();
    panels.closesOnEscape(threadOpen);
    root.sceneProperty()
        .flatMap(Scene::windowProperty)
        .flatMap(Window::focusedProperty)
        .orElse(true)
        .addListener((obs, was, now) -> model.thread().windowFocusedProperty().set(now));
    threadOpen.addListener(
        (obs, was, now) -> {
          if (now) {
            Platform.runLater(thread::focusComposer);
          } else {
            composer.requestFocus();
          }
        });
  }

  private void focusRooms(boolean drawerOpen) {
    if (drawerOpen) {
      roomList.requestFocus();
    } else {
      composer.requestFocus();
    }
  }

  private void bindSidebar() {
    serverName.setText(model.serverName());
    signedInAs.textProperty().bind(model.signedInAs());
    hostNotice.textProperty().bind(model.hostNotice());
    hostingBox.visibleProperty().bind(hostNotice.textProperty().isNotEmpty());
    hostingBox.managedProperty().bind(hostingBox.visibleProperty());
    adminButton.setVisible(model.administers());
    adminButton.setManaged(adminButton.isVisible());
    roomList.setItems(model.rooms().rows());
    roomList.setCellFactory(list -> new SidebarCell());
    roomList
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, row) -> {
              if (row instanceof SidebarRow.Entry entry) {
                model.open(entry.room());
              } else if (row != null) {
                roomList.getSelectionModel().clearSelection();
              }
            });
    model.rooms().selectedProperty().addListener((obs, old, now) -> selectInSidebar(now));
    model
        .rooms()
        .rows()
        .addListener(
            (ListChangeListener<SidebarRow>)
                change -> selectInSidebar(model.rooms().selectedProperty().get()));
  }

  private void selectInSidebar(RoomItem room) {
    ObservableList<SidebarRow> rows = model.rooms().rows();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i) instanceof SidebarRow.Entry entry && entry.room() == room) {
        if (roomList.getSelectionModel().getSelectedIndex() != i) {
          roomList.getSelectionModel().select(i);
        }
        return;
      }
    }
  }

  /**
   * The conversation, its composer, its message menu ({@code menu}, the thread's too) and its
   * files.
   */
  private void bindChat(MessageMenu menu, AttachmentParts files) {
    new ChatControls(
            model.chat(),
            messageList,
            newBelowButton,
            composer,
            counterLabel,
            sendButton,
            noticeLabel,
            openLink)
        .enterSends(model.preferences().enterSendsProperty())
        .messageMenu(menu)
        .showingFiles(files)
        .showingSeenBy(model.seenByRows())
        .bind();
    new MessageChangeControls(model.chat(), menu, messageList, composer)
        .bindEditing(editingLabel)
        .bindPins(pinnedBar, pinnedIcon, pinnedText, pinnedPosition);
    EmojiPicker.attach(emojiButton, composer, model.preferences().recentEmoji());
    new AttachControls(model.chat().composer().attachments())
        .bind(attachButton, attachmentTray, chatPane, composer);
    MentionPopup.attach(composer, model.mentions(), model.members().showPresence());
    moderationLabel.textProperty().bind(model.moderation().composerNoticeProperty());
    moderationLabel.managedProperty().bind(moderationLabel.textProperty().isNotEmpty());
    typingLabel.textProperty().bind(model.typingLineProperty());
    typingLabel.visibleProperty().bind(typingLabel.textProperty().isNotEmpty());
    EmojiText.bind(
        roomTitle,
        Bindings.createStringBinding(
            () -> {
              RoomItem room = model.rooms().selectedProperty().get();
              return room == null ? "" : room.name();
            },
            model.rooms().selectedProperty()),
        TITLE_EMOJI_SIZE);
  }

  private void showPanel(Parent panel) {
    overlay.getChildren().setAll(panel);
    overlay.setVisible(true);
    panel.lookupAll(".text-field").stream().findFirst().ifPresent(Node::requestFocus);
  }

  private void closePanel() {
    if (overlay.isVisible()) {
      overlay.setVisible(false);
    } else {
      composer.requestFocus();
    }
  }

  /**
   * While a panel shows, the window under it is out of the keyboard's reach as it is out of the
   * mouse's: Tab goes round the panel's controls, never to one behind the dimmed layer.
   */
  private void overlayShown(boolean shown) {
    List<Node> layers = root.getChildren();
    layers.subList(0, layers.indexOf(overlay)).forEach(under -> under.setDisable(shown));
    if (!shown) {
      overlay.getChildren().clear();
      composer.requestFocus();
    }
  }

  @FXML
  private void retryNow() {
    model.banner().retryNow();
  }

  @FXML
  private void newRoom() {
    showPanel(new NewRoomView(model.newRoom(), this::closePanel).load());
  }

  @FXML
  private void browse() {
    showPanel(new PickerView<>(model.browse(), this::closePanel).load("Browse.fxml"));
  }

  @FXML
  private void newDirect() {
    showPanel(new PickerView<>(model.newDirect(), this::closePanel).load("NewDirect.fxml"));
  }

  @FXML
  private void openHostPanel() {
    showPanel(
        new HostPanelView(model.hostPanel(this::closePanel), model.hostInvite(), this::closePanel)
            .load());
  }

  @FXML
  private void openAdmin() {
    showPanel(new AdminView(model.admin(), this::closePanel).load());
  }

  private void jump() {
    showPanel(new JumpView(model.jump(), this::closePanel).load());
  }

  @FXML
  private void openRoomInvite() {
    showPanel(new RoomInviteView(model.roomInvite(), this::closePanel).load());
  }

  @FXML
  private void joinWithInvite() {
    showPanel(new InviteJoinView(model.inviteJoin(), this::closePanel).load());
  }

  @FXML
  private void openRoomSettings() {
    showPanel(new RoomSettingsView(model.roomSettings(), this::closePanel).load());
  }

  @FXML
  private void openSettings() {
    showPanel(new SettingsView(model.settings(), this::closePanel).load());
  }

  @FXML
  private void search() {
    showPanel(new SearchView(model.search(), this::closePanel).load());
  }

  @FXML
  private void logout() {
    model.logout();
  }
}
