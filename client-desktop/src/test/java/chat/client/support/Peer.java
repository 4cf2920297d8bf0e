package chat.client.support;

import static chat.client.support.PeerHttp.HTTP;
import static chat.client.support.PeerHttp.bearer;
import static chat.client.support.PeerHttp.json;
import static chat.client.support.PeerHttp.post;
import static chat.client.support.PeerHttp.send;

import chat.protocol.ProtocolJson;
import chat.protocol.client.ClientFrame;
import chat.protocol.client.MessageSend;
import chat.protocol.client.RoomCreate;
import chat.protocol.http.AccountList;
import chat.protocol.http.AuthResult;
import chat.protocol.http.Credentials;
import chat.protocol.http.Invite;
import chat.protocol.http.InviteRequest;
import chat.protocol.http.PasswordConfirmation;
import chat.protocol.http.PasswordReset;
import chat.protocol.http.ProfileUpdate;
import chat.protocol.http.Registration;
import chat.protocol.http.RoleChange;
import chat.protocol.http.SessionInfo;
import chat.protocol.http.SessionList;
import chat.protocol.http.TwoFactorConfirm;
import chat.protocol.http.TwoFactorPolicy;
import chat.protocol.http.TwoFactorSetup;
import chat.protocol.http.TwoFactorSetupRequest;
import chat.protocol.model.Attachment;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.model.ServerRole;
import chat.protocol.result.MessageResult;
import chat.protocol.result.RoomResult;
import chat.protocol.server.Ack;
import chat.protocol.server.ErrorFrame;
import chat.protocol.server.MessageNew;
import chat.protocol.server.ServerFrame;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The other person in a test: a plain JDK HTTP and WebSocket client speaking the protocol, with
 * nothing of the app's code. Requests wait for their answer; events are collected.
 */
public final class Peer implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http;
  private final String httpUrl;
  private final AuthResult auth;
  private final WebSocket socket;
  private final List<ServerFrame> frames = new CopyOnWriteArrayList<>();
  private final AtomicInteger requestIds = new AtomicInteger();
  private final AtomicInteger closeCode = new AtomicInteger();

  private Peer(HttpClient http, AuthResult auth, String httpUrl, String wsUrl) {
    this.http = http;
    this.httpUrl = httpUrl;
    this.auth = auth;
    this.socket =
        http.newWebSocketBuilder()
            .header("Authorization", "Bearer " + auth.accessToken())
            .buildAsync(URI.create(wsUrl), new Collector())
            .join();
  }

  /** Registers {@code username} (password "password123") and connects. */
  public static Peer register(LiveServer server, String username) {
    return register(server.httpUrl(), server.wsUrl(), username);
  }

  /** Registers on the server at these addresses and connects. */
  public static Peer register(String httpUrl, String wsUrl, String username) {
    return register(HTTP, httpUrl, wsUrl, username);
  }

  /** Like {@link #register(String, String, String)}, through {@code http} (one trusting TLS). */
  public static Peer register(HttpClient http, String httpUrl, String wsUrl, String username) {
    return new Peer(http, auth(http, httpUrl, "/api/auth/register", username), httpUrl, wsUrl);
  }

  /** Registers with an invite's code, through {@code http}, and connects. */
  public static Peer register(
      HttpClient http, String httpUrl, String wsUrl, String username, String invite) {
    return new Peer(
        http,
        auth(
            http, httpUrl, "/api/auth/register", new Registration(username, "password123", invite)),
        httpUrl,
        wsUrl);
  }

  /**
   * Signs the admin {@code admin} in over HTTP, as another app would, and makes an invite for ten
   * registrations valid for a day; its code.
   */
  public static String invite(HttpClient http, String httpUrl, String admin) {
    AuthResult auth = auth(http, httpUrl, "/api/auth/login", admin);
    HttpRequest.Builder request =
        post(httpUrl + "/api/admin/invites", new InviteRequest(10, 86_400L))
            .header("Authorization", "Bearer " + auth.accessToken());
    return ProtocolJson.decode(send(http, request), Invite.class).code();
  }

  /** Signs in an existing account (password "password123") and connects. */
  public static Peer login(LiveServer server, String username) {
    return new Peer(
        HTTP,
        auth(HTTP, server.httpUrl(), "/api/auth/login", username),
        server.httpUrl(),
        server.wsUrl());
  }

  /** Registers an account without connecting, for the app to sign in with. */
  public static AuthResult account(LiveServer server, String username) {
    return auth(HTTP, server.httpUrl(), "/api/auth/register", username);
  }

  /**
   * Signs {@code username} in once more and, with that sign-in, revokes every other session of
   * theirs, as "sign out everywhere else" does.
   */
  public static void revokeOtherSessions(LiveServer server, String username) {
    AuthResult auth = auth(HTTP, server.httpUrl(), "/api/auth/login", username);
    SessionList sessions =
        ProtocolJson.decode(
            send(bearer(server, "/api/auth/sessions", auth).GET()), SessionList.class);
    for (SessionInfo session : sessions.sessions()) {
      if (!session.current()) {
        send(bearer(server, "/api/auth/sessions/" + session.sessionId(), auth).DELETE());
      }
    }
  }

  public String userId() {
    return auth.user().userId();
  }

  /** Changes this user's display name over HTTP, as another app's settings panel does. */
  public void rename(String displayName) {
    send(http, authorized("/api/users/me").method("PATCH", json(new ProfileUpdate(displayName))));
  }

  /** Names the account {@code username} an admin over HTTP, as the owner's admin area does. */
  public void nameAdmin(String username) {
    send(
        http,
        post(
                httpUrl + "/api/admin/accounts/" + accountId(username) + "/role",
                new RoleChange(ServerRole.ADMIN))
            .header("Authorization", "Bearer " + auth.accessToken()));
  }

  /**
   * Sets a temporary password on the account {@code username} over HTTP, as an admin's admin area
   * does: its next login must choose a new one.
   */
  public void resetPassword(String username, String temporary) {
    send(
        http,
        post(
                httpUrl + "/api/admin/accounts/" + accountId(username) + "/password",
                new PasswordReset(temporary))
            .header("Authorization", "Bearer " + auth.accessToken()));
  }

  private String accountId(String username) {
    AccountList accounts =
        ProtocolJson.decode(
            send(
                http,
                HttpRequest.newBuilder(
                        URI.create(httpUrl + "/api/admin/accounts?query=" + username))
                    .header("Authorization", "Bearer " + auth.accessToken())),
            AccountList.class);
    return accounts.accounts().getFirst().userId();
  }

  /**
   * Deletes this user's account over HTTP (password "password123"), as another app's settings do.
   */
  public void deleteAccount() {
    send(
        http,
        authorized("/api/users/me")
            .method("DELETE", json(new PasswordConfirmation("password123"))));
  }

  /**
   * Turns two-factor sign-in on for this user over HTTP, as another app's settings do, confirming
   * with the current step's code; the secret, to make later codes with {@link TotpCodes}.
   */
  public String turnOnTwoFactor() {
    TwoFactorSetup setup =
        ProtocolJson.decode(
            send(
                http,
                authorized("/api/auth/2fa/setup")
                    .POST(json(TwoFactorSetupRequest.withPassword("password123")))),
            TwoFactorSetup.class);
    send(
        http,
        authorized("/api/auth/2fa/confirm")
            .POST(json(new TwoFactorConfirm(TotpCodes.now(setup.secret(), 0), null))));
    return setup.secret();
  }

  /** Requires two-factor sign-in of everyone over HTTP, as an admin's admin area does. */
  public void requireTwoFactor() {
    send(http, authorized("/api/admin/two-factor").POST(json(new TwoFactorPolicy(true))));
  }

  private HttpRequest.Builder authorized(String path) {
    return HttpRequest.newBuilder(URI.create(httpUrl + path))
        .header("Authorization", "Bearer " + auth.accessToken())
        .header("Content-Type", "application/json");
  }

  /** Creates a room of this user's with these other members, failing on an error answer. */
  public Room createRoom(String name, RoomVisibility visibility, List<String> memberIds) {
    return request(id -> new RoomCreate(id, name, visibility, memberIds), RoomResult.class).room();
  }

  /** Sends a message to the room and returns it as stored, failing on an error answer. */
  public Message say(String roomId, String text) {
    return request(
            id -> new MessageSend(id, roomId, text, "p-" + System.nanoTime()), MessageResult.class)
        .message();
  }

  /**
   * Uploads {@code bytes} named {@code name} to the room ({@code POST /api/files}), as another
   * app's attach button does, and returns the file as the server describes it.
   */
  public Attachment upload(String roomId, String name, byte[] bytes) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(httpUrl + "/api/files?roomId=" + roomId))
            .header("Authorization", "Bearer " + auth.accessToken())
            .header(
                "X-File-Name", URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
    return ProtocolJson.decode(send(http, request), Attachment.class);
  }

  /**
   * Downloads {@code url} (a file's {@code url}, {@code thumbnailUrl} or {@code previewUrl}, as the
   * server gave it) with this peer's token.
   */
  public byte[] download(String url) {
    String absolute = url.startsWith("http") ? url : httpUrl + url;
    return send(
        http,
        HttpRequest.newBuilder(URI.create(absolute))
            .header("Authorization", "Bearer " + auth.accessToken())
            .GET());
  }

  /** Sends {@code text} with the files uploaded before ({@link #upload}), as stored. */
  public Message say(String roomId, String text, List<Attachment> files) {
    List<String> ids = files.stream().map(Attachment::fileId).toList();
    return request(
            id -> new MessageSend(id, roomId, text, "p-" + System.nanoTime(), null, ids, null),
            MessageResult.class)
        .message();
  }

  /** Replies to {@code root} in its thread only, and returns the reply as stored. */
  public Message reply(Message root, String text) {
    return request(
            id ->
                MessageSend.reply(
                    id, root.roomId(), text, "p-" + System.nanoTime(), root.messageId(), false),
            MessageResult.class)
        .message();
  }

  /** Sends a request and returns its result as {@code type}, failing on an error answer. */
  public <T> T request(Function<String, ClientFrame> build, Class<T> type) {
    String requestId = "p" + requestIds.incrementAndGet();
    socket.sendText(ProtocolJson.encode(build.apply(requestId)), true).join();
    ServerFrame answer = await(f -> answers(f, requestId));
    if (answer instanceof ErrorFrame error) {
      throw new AssertionError("refused: " + error.error());
    }
    return ((Ack) answer).result(type);
  }

  /** The first frame received that {@code wanted} maps to a non-null value, waiting for it. */
  public <T> T await(Function<ServerFrame, T> wanted) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      for (ServerFrame frame : frames) {
        T value = wanted.apply(frame);
        if (value != null) {
          return value;
        }
      }
      Waits.pause();
    }
    throw new AssertionError("no matching frame within " + TIMEOUT + "; got " + frames);
  }

  /** The message {@code content} as this peer received it ({@code message.new}), waiting for it. */
  public Message received(String content) {
    return await(
        frame ->
            frame instanceof MessageNew m && m.message().content().equals(content)
                ? m.message()
                : null);
  }

  /** The code the server closed this peer's socket with, or 0 while it is open. */
  public int closeCode() {
    return closeCode.get();
  }

  @Override
  public void close() {
    socket.abort();
  }

  private static ServerFrame answers(ServerFrame frame, String requestId) {
    return switch (frame) {
      case Ack a when requestId.equals(a.requestId()) -> a;
      case ErrorFrame e when requestId.equals(e.requestId()) -> e;
      default -> null;
    };
  }

  private static AuthResult auth(HttpClient http, String httpUrl, String path, String username) {
    return auth(http, httpUrl, path, new Credentials(username, "password123"));
  }

  private static AuthResult auth(HttpClient http, String httpUrl, String path, Object body) {
    return ProtocolJson.decode(send(http, post(httpUrl + path, body)), AuthResult.class);
  }

  /** Collects whole text frames. */
  private final class Collector implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        frames.add(ProtocolJson.decodeServerFrame(partial.toString()));
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closeCode.set(statusCode);
      return null;
    }
  }
}
