package chat.protocol;

import chat.protocol.client.Auth;
import chat.protocol.client.ClientFrame;
import chat.protocol.client.DeviceAck;
import chat.protocol.client.DeviceInbox;
import chat.protocol.client.DeviceSend;
import chat.protocol.client.DmOpen;
import chat.protocol.client.MessageDelete;
import chat.protocol.client.MessageEdit;
import chat.protocol.client.MessageHistory;
import chat.protocol.client.MessagePin;
import chat.protocol.client.MessageSearch;
import chat.protocol.client.MessageSend;
import chat.protocol.client.MessageUnpin;
import chat.protocol.client.OutgoingDeviceMessage;
import chat.protocol.client.Ping;
import chat.protocol.client.PresenceQuery;
import chat.protocol.client.ReactionAdd;
import chat.protocol.client.ReactionRemove;
import chat.protocol.client.Read;
import chat.protocol.client.ReadCursors;
import chat.protocol.client.RoomBan;
import chat.protocol.client.RoomCreate;
import chat.protocol.client.RoomDirectory;
import chat.protocol.client.RoomInvite;
import chat.protocol.client.RoomJoin;
import chat.protocol.client.RoomKick;
import chat.protocol.client.RoomLeave;
import chat.protocol.client.RoomList;
import chat.protocol.client.RoomMembers;
import chat.protocol.client.RoomModeration;
import chat.protocol.client.RoomMute;
import chat.protocol.client.RoomPins;
import chat.protocol.client.RoomRoleSet;
import chat.protocol.client.RoomSlowMode;
import chat.protocol.client.RoomTransfer;
import chat.protocol.client.RoomUnban;
import chat.protocol.client.RoomUnmute;
import chat.protocol.client.Sync;
import chat.protocol.client.ThreadHistory;
import chat.protocol.client.Typing;
import chat.protocol.http.AccountInfo;
import chat.protocol.http.AccountList;
import chat.protocol.http.AuditEntry;
import chat.protocol.http.AuditPage;
import chat.protocol.http.AuthResult;
import chat.protocol.http.BackupCreate;
import chat.protocol.http.BackupInfo;
import chat.protocol.http.BackupItem;
import chat.protocol.http.BackupItemsPage;
import chat.protocol.http.BackupItemsUpload;
import chat.protocol.http.BackupVersion;
import chat.protocol.http.Credentials;
import chat.protocol.http.DeviceKeys;
import chat.protocol.http.IdentityKey;
import chat.protocol.http.IdentityKeyUpdate;
import chat.protocol.http.Invite;
import chat.protocol.http.InviteList;
import chat.protocol.http.InviteRequest;
import chat.protocol.http.KeysQuery;
import chat.protocol.http.KeysQueryResult;
import chat.protocol.http.LimitsInfo;
import chat.protocol.http.LogoutRequest;
import chat.protocol.http.PasswordRenewal;
import chat.protocol.http.PasswordReset;
import chat.protocol.http.RefreshRequest;
import chat.protocol.http.Registration;
import chat.protocol.http.RegistrationSettings;
import chat.protocol.http.RoleChange;
import chat.protocol.http.ServerInfo;
import chat.protocol.http.SessionInfo;
import chat.protocol.http.SessionList;
import chat.protocol.http.StatusResponse;
import chat.protocol.http.UserKeys;
import chat.protocol.http.UserList;
import chat.protocol.model.Attachment;
import chat.protocol.model.AuditAction;
import chat.protocol.model.DeviceEnvelope;
import chat.protocol.model.DeviceMessage;
import chat.protocol.model.EncryptedContent;
import chat.protocol.model.MemberStanding;
import chat.protocol.model.Message;
import chat.protocol.model.MessageType;
import chat.protocol.model.ModerationAction;
import chat.protocol.model.PresenceEntry;
import chat.protocol.model.ReadCursor;
import chat.protocol.model.RegistrationMode;
import chat.protocol.model.Room;
import chat.protocol.model.RoomBanEntry;
import chat.protocol.model.RoomRole;
import chat.protocol.model.RoomVisibility;
import chat.protocol.model.ServerRole;
import chat.protocol.model.User;
import chat.protocol.model.UserStatus;
import chat.protocol.result.DeviceInboxResult;
import chat.protocol.result.DeviceSendResult;
import chat.protocol.result.EmptyResult;
import chat.protocol.result.MembersResult;
import chat.protocol.result.MessageResult;
import chat.protocol.result.MessagesResult;
import chat.protocol.result.ModerationResult;
import chat.protocol.result.PinsResult;
import chat.protocol.result.PresenceResult;
import chat.protocol.result.ReadCursorsResult;
import chat.protocol.result.RoomResult;
import chat.protocol.result.RoomsResult;
import chat.protocol.result.SearchHit;
import chat.protocol.result.SearchResults;
import chat.protocol.result.SyncResult;
import chat.protocol.result.SyncRoom;
import chat.protocol.server.Ack;
import chat.protocol.server.DeviceMessageNew;
import chat.protocol.server.ErrorFrame;
import chat.protocol.server.KeysChanged;
import chat.protocol.server.MemberUpdated;
import chat.protocol.server.MessageDeleted;
import chat.protocol.server.MessageNew;
import chat.protocol.server.MessageUpdated;
import chat.protocol.server.PinsUpdated;
import chat.protocol.server.PresenceEvent;
import chat.protocol.server.ReactionUpdated;
import chat.protocol.server.ReadEvent;
import chat.protocol.server.RoomUpdated;
import chat.protocol.server.ServerFrame;
import chat.protocol.server.SlowModeUpdated;
import chat.protocol.server.TypingEvent;
import chat.protocol.server.UserUpdated;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One filled-in value of every protocol type, for the tests that must cover them all. */
public final class Samples {

  public static final User ALICE = new User("u_alice", "alice", UserStatus.ONLINE, 0);
  public static final User BOB = new User("u_bob", "Bob", UserStatus.OFFLINE, 1_764_000_000_000L);

  public static final Message TEXT =
      Message.text("m_1", "r_abc", "u_alice", "alice", "hi", 1_764_000_000_000L, "c-42");

  /** A message with every optional field set. */
  public static final Message FULL =
      new Message(
          "m_2",
          "r_abc",
          "u_bob",
          "Bob",
          "  look 😀 ",
          1_764_000_001_000L,
          MessageType.MEDIA,
          "c-43",
          "m_1",
          3,
          1_764_000_002_000L,
          false,
          Map.of("👍", List.of("u_alice", "u_bob")),
          List.of(
              new Attachment(
                  "f_1",
                  "cat.png",
                  1234,
                  "image/png",
                  "/api/files/f_1",
                  "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                  640,
                  480,
                  "/api/files/f_1/thumbnail",
                  "/api/files/f_1/preview")),
          1_764_000_003_000L,
          List.of("u_alice"),
          true,
          List.of("u_alice"),
          true,
          1_764_000_004_000L,
          "u_alice",
          null);

  /** The encrypted text of a message of an encrypted room (docs/E2EE.md). */
  public static final EncryptedContent CIPHERTEXT =
      new EncryptedContent(
          1,
          "dev_alice_laptop_01",
          Base64Url.encode(new byte[16]),
          7,
          "c2VhbGVkIHRleHQ",
          Base64Url.encode(new byte[64]));

  /** A public key: 32 bytes in base64url. */
  public static final String KEY = Base64Url.encode(new byte[32]);

  /** A device's record, signed (as far as its shape goes) by an identity key. */
  public static final DeviceKeys DEVICE =
      new DeviceKeys("dev_alice_laptop_01", KEY, KEY, Base64Url.encode(new byte[64]));

  /** A device message as sealed by its sender. */
  public static final DeviceEnvelope ENVELOPE =
      new DeviceEnvelope(1, KEY, Base64Url.encode(new byte[40]));

  /** A message of an encrypted room. */
  public static final Message ENCRYPTED =
      Message.text("m_3", "r_secret", "u_alice", "alice", "", 1_764_000_005_000L, "c-45")
          .withEncrypted(CIPHERTEXT);

  public static final Room ROOM =
      new Room("r_abc", "team", RoomVisibility.PUBLIC, "u_alice", 1_763_000_000_000L, 2);
  public static final Room LISTED_ROOM =
      new Room(
          "r_dm",
          "Bob",
          RoomVisibility.DIRECT,
          "u_alice",
          1_763_000_000_000L,
          2,
          5,
          FULL,
          1,
          null,
          true);

  public static final MessagesResult PAGE =
      new MessagesResult(List.of(TEXT, FULL, ENCRYPTED), true);

  private Samples() {}

  public static List<ClientFrame> clientFrames() {
    Map<String, String> cursors = new LinkedHashMap<>();
    cursors.put("r_abc", "m_1");
    cursors.put("r_new", null);
    return List.of(
        new Ping("r1"),
        new Auth(null, "eyJ.token.sig"),
        new Auth("r2", "eyJ.token.sig"),
        new RoomCreate("r3", "team lunch", RoomVisibility.PRIVATE, List.of("u_bob")),
        new RoomCreate("r3b", "open", RoomVisibility.PUBLIC, null),
        new RoomCreate("r3c", "secret", RoomVisibility.PRIVATE, null, true),
        new RoomJoin("r4", "r_abc"),
        new RoomLeave("r5", "r_abc"),
        new RoomInvite("r6", "r_abc", "u_bob"),
        new RoomList("r7"),
        new RoomDirectory("r8", "lun"),
        new RoomDirectory("r8b", null),
        new RoomMembers("r9", "r_abc"),
        new DmOpen("r10", "u_bob"),
        new DmOpen("r10b", "u_bob", true),
        new MessageSend("r11", "r_abc", " hi 😀 ", "c-42", "m_1", List.of("f_1"), null),
        new MessageSend("r11b", "r_abc", "hi", "c-43"),
        MessageSend.reply("r11c", "r_abc", "me too", "c-44", "m_1", true),
        MessageSend.encrypted("r11d", "r_secret", CIPHERTEXT, "c-45", null, List.of("f_2")),
        new MessageHistory("r12", "r_abc", "m_9", null, 20),
        new MessageHistory("r12b", "r_abc", null, "m_9", null),
        new MessageSearch("r13", "from:alice \"team lunch\"", "r_abc", null, 10),
        new MessageSearch("r13b", "lunch", null, "m_9", null),
        new MessageEdit("r14", "r_abc", "m_1", "hello"),
        new MessageEdit("r14b", "r_secret", "m_3", null, CIPHERTEXT),
        new DeviceSend(
            "r40", List.of(new OutgoingDeviceMessage("u_bob", "dev_bob_phone_0001", ENVELOPE))),
        new DeviceInbox("r41", 6L),
        new DeviceInbox("r41b", null),
        new DeviceAck("r42", 7L),
        new MessageDelete("r15", "r_abc", "m_1"),
        new ReactionAdd("r16", "r_abc", "m_1", "👍"),
        new ReactionRemove("r17", "r_abc", "m_1", "👍"),
        new ThreadHistory("r18", "r_abc", "m_1", "m_5", 30),
        new Typing("r19", "r_abc", true),
        new Read("r20", "r_abc", "m_1"),
        new PresenceQuery("r21", List.of("u_alice", "u_bob")),
        new Sync("r22", cursors),
        new Sync("r22b", cursors, Map.of("r_abc", 17L)),
        new MessagePin("r23", "r_abc", "m_1"),
        new MessageUnpin("r24", "r_abc", "m_1"),
        new RoomPins("r25", "r_abc"),
        new ReadCursors("r26", "r_abc"),
        new RoomRoleSet("r27", "r_abc", "u_bob", RoomRole.MODERATOR),
        new RoomTransfer("r28", "r_abc", "u_bob"),
        new RoomKick("r29", "r_abc", "u_bob"),
        new RoomBan("r30", "r_abc", "u_bob", 3600L),
        new RoomBan("r30b", "r_abc", "u_bob", null),
        new RoomUnban("r31", "r_abc", "u_bob"),
        new RoomMute("r32", "r_abc", "u_bob", 600),
        new RoomUnmute("r33", "r_abc", "u_bob"),
        new RoomSlowMode("r34", "r_abc", 30),
        new RoomModeration("r35", "r_abc"));
  }

  public static List<ServerFrame> serverFrames() {
    return List.of(
        new Ack("r1", EmptyResult.INSTANCE),
        new Ack("r11", new MessageResult(FULL)),
        new ErrorFrame(
            "r11", new ErrorBody(ErrorCode.FORBIDDEN, "not a member of r_abc", null, null)),
        new ErrorFrame(null, new ErrorBody(ErrorCode.INVALID_INPUT, "malformed JSON", null, null)),
        new ErrorFrame("r12", new ErrorBody(ErrorCode.RATE_LIMITED, "slow down", null, 1500L)),
        new MessageNew(TEXT),
        new MessageUpdated(FULL),
        new MessageDeleted("r_abc", "m_1"),
        new ReactionUpdated("r_abc", "m_1", Map.of("👍", List.of("u_alice"))),
        new PinsUpdated("r_abc", List.of(FULL)),
        new TypingEvent("r_abc", "u_bob", true),
        new ReadEvent("r_abc", "u_bob", "m_1"),
        new PresenceEvent("u_bob", UserStatus.OFFLINE, 1_764_000_000_000L),
        new RoomUpdated(LISTED_ROOM),
        new UserUpdated(BOB),
        new KeysChanged("u_bob"),
        new DeviceMessageNew(7, "u_bob", "dev_bob_phone_0001", ENVELOPE),
        new MemberUpdated(
            "r_abc",
            "u_bob",
            ModerationAction.MUTE,
            RoomRole.MEMBER,
            1_764_000_600_000L,
            "u_alice"),
        new MemberUpdated("r_abc", "u_bob", ModerationAction.BAN, null, null, "u_alice"),
        new SlowModeUpdated("r_abc", 30, "u_alice"));
  }

  /** Results, models and HTTP bodies: every other type of the module. */
  public static List<Object> bodies() {
    return List.of(
        EmptyResult.INSTANCE,
        new RoomResult(ROOM),
        new RoomsResult(List.of(ROOM, LISTED_ROOM)),
        new MembersResult(List.of(ALICE, BOB)),
        new MessageResult(TEXT),
        PAGE,
        new MessagesResult(List.of(), false),
        new SearchResults(List.of(new SearchHit(TEXT, "[[hi]]")), true),
        new PresenceResult(List.of(new PresenceEntry("u_bob", UserStatus.ONLINE, 0))),
        new SyncResult(
            Map.of("r_abc", new SyncRoom(List.of(TEXT), false, List.of(FULL), 17, true))),
        new SyncRoom(List.of(), false, List.of(), 0, false),
        new MessagesResult(List.of(TEXT), false, 17L),
        new PinsResult(List.of(FULL)),
        new DeviceSendResult(List.of("gone_device_000001")),
        new DeviceInboxResult(
            List.of(new DeviceMessage(7, "u_bob", "dev_bob_phone_0001", ENVELOPE))),
        new ModerationResult(
            "r_abc",
            30,
            List.of(
                new MemberStanding("u_alice", RoomRole.OWNER, null),
                new MemberStanding("u_bob", RoomRole.MEMBER, 1_764_000_600_000L)),
            List.of(new RoomBanEntry("u_carol", "carol", "u_alice", 1_764_000_000_000L, null))),
        new ModerationResult("r_abc", 0, List.of(), null),
        new ReadCursorsResult(List.of(new ReadCursor("u_bob", "m_1"))),
        ALICE,
        ROOM,
        LISTED_ROOM,
        TEXT,
        FULL,
        new Attachment(
            "f_2",
            "notes.pdf",
            4321,
            "application/pdf",
            "/api/files/f_2",
            "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"),
        new PresenceEntry("u_alice", UserStatus.OFFLINE, 7),
        new ErrorBody(
            ErrorCode.INVALID_INPUT, "content must be 1..4000 characters", "content", null),
        new ErrorResponse(new ErrorBody(ErrorCode.RATE_LIMITED, "slow down", null, 900L)),
        new Credentials("alice", "correct horse"),
        new RefreshRequest("rt-1"),
        new LogoutRequest("rt-1"),
        new LogoutRequest(null),
        new AuthResult(ALICE, "at-1", "rt-1", 900),
        new AuthResult(ALICE, "at-1", "rt-1", 900, ServerRole.OWNER),
        new AccountList(
            List.of(
                new AccountInfo("u_alice", "alice", null, ServerRole.OWNER, false, 1, 2, 1),
                new AccountInfo("u_bob", "bob", "Bob", ServerRole.ADMIN, true, 3, 0, 0))),
        new RoleChange(ServerRole.MEMBER),
        new Registration("alice", "correct horse", "i_abc"),
        new Registration("alice", "correct horse"),
        new RegistrationSettings(RegistrationMode.INVITE),
        new InviteRequest(5, 3600L),
        new InviteList(List.of(new Invite("i_abc", "u_alice", 1, 3_600_001, 5, 2))),
        new InviteRequest(5, 3600L, "r_abc"),
        new Invite("i_def", "u_bob", 1, 3_600_001, 5, 0, "r_abc"),
        new PasswordReset("temporary horse"),
        new PasswordRenewal("alice", "temporary horse", "correct horse"),
        new AuditPage(
            List.of(
                new AuditEntry(
                    7, 1_000, AuditAction.ROLE_CHANGED, "u_alice", "u_bob", "admin", "10.0.0.9"),
                new AuditEntry(6, 900, AuditAction.SIGN_IN_BURST, null, null, null, "10.0.0.66")),
            6L),
        new AuditPage(List.of(), null),
        new SessionList(List.of(new SessionInfo("s_1", 1, 2, "ChatApp/1.0", true))),
        new IdentityKeyUpdate(KEY),
        new IdentityKeyUpdate(KEY, true, "the password"),
        new IdentityKey(KEY),
        DEVICE,
        new KeysQuery(List.of("u_alice", "u_bob")),
        new BackupCreate(
            BackupCreate.ALGORITHM, ProtocolJson.mapper().createObjectNode().put("check", "Y2s")),
        new BackupVersion("b_1"),
        new BackupInfo("b_1", BackupCreate.ALGORITHM, ProtocolJson.mapper().createObjectNode(), 2),
        new BackupItemsUpload("b_1", List.of(new BackupItem("session-1", "c2VhbGVk"))),
        new BackupItemsPage(List.of(new BackupItem("session-1", "c2VhbGVk")), null),
        new KeysQueryResult(
            List.of(
                new UserKeys("u_alice", KEY, List.of(DEVICE)),
                new UserKeys("u_bob", null, List.of()))),
        new UserList(List.of(ALICE, BOB)),
        new ServerInfo(
            "Office chat",
            "1.0.0",
            ServerInfo.PROTOCOL_VERSION,
            "embedded",
            "ws://10.0.0.5:5001/ws",
            List.of("search", "presence"),
            new LimitsInfo(4000, 65536, 26214400)),
        new ServerInfo(
            "Office chat",
            "1.0.0",
            ServerInfo.PROTOCOL_VERSION,
            "redis",
            "wss://chat.example:5001/ws",
            List.of(),
            new LimitsInfo(4000, 65536, 26214400),
            RegistrationMode.INVITE),
        StatusResponse.OK);
  }
}
