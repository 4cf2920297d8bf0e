package chat.client.net;

import chat.client.config.Settings;
import chat.client.net.ClientEvent.OutboxChanged;
import chat.protocol.client.ClientFrame;
import chat.protocol.client.MessageHistory;
import chat.protocol.http.ServerInfo;
import chat.protocol.model.ServerRole;
import chat.protocol.model.User;
import chat.protocol.result.MessagesResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import okhttp3.OkHttpClient;

/**
 * The app's one connection to one server: the HTTP API, the socket, reconnects, token refresh and
 * the outbox; signing in and out is its {@link SignIn}'s, sending its {@link Outgoing}'s. Network
 * work runs off the calling thread; every future it returns completes, every {@link ClientEvent}
 * arrives and {@link #statusProperty()} changes through the {@code fx} executor ({@code
 * Platform::runLater} in the app, {@code Runnable::run} in tests).
 *
 * <p>Internally one "loop" thread owns the connection state, and blocking HTTP calls run on virtual
 * threads.
 */
public final class Session implements AutoCloseable {

  private final Executor fx;
  private final ReconnectPolicy policy;
  private final Settings settings;
  private final Path outboxDir;
  private final Clock clock;
  private final ScheduledExecutorService loop =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("chat-client").daemon().factory());
  private final ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
  private final List<Consumer<ClientEvent>> listeners = new CopyOnWriteArrayList<>();
  private final ReadOnlyObjectWrapper<ConnectionStatus> status =
      new ReadOnlyObjectWrapper<>(ConnectionStatus.SIGNED_OUT);

  private final SignIn signIn;
  private final SignedInUser me;
  private final ServerSelection servers;
  private final Outgoing outgoing;

  private volatile Connection connection;
  private volatile Delivery delivery;

  /**
   * @param newHttp builds the HTTP client, once, when the first server is probed: building one is
   *     slow (okhttp loads every security provider and the trusted certificates), and the app's
   *     first window does not need it
   * @param outboxDir where each (server, user) pair keeps its outbox file
   */
  public Session(
      Supplier<OkHttpClient> newHttp,
      Executor fx,
      ReconnectPolicy policy,
      Settings settings,
      Path outboxDir,
      Clock clock) {
    this.fx = fx;
    this.me = new SignedInUser(fx);
    this.policy = policy;
    this.settings = settings;
    this.outboxDir = outboxDir;
    this.clock = clock;
    this.servers = new ServerSelection(newHttp, settings, io);
    this.outgoing = new Outgoing(this, () -> delivery, loop, fx, outboxDir);
    this.signIn =
        new SignIn(settings, clock, io, loop, servers::found, this::startSession, this::endSession);
  }

  /**
   * The HTTP client the app uses: WebSocket pings every 20 s, so a connection that died without a
   * close (a sleeping laptop, a pulled cable) is noticed and replaced. It names itself as the
   * desktop app on its system, which is how a session shows in the account's list of sessions.
   */
  public static OkHttpClient defaultHttp() {
    String userAgent = "Chat desktop app on " + System.getProperty("os.name", "an unknown system");
    return new OkHttpClient.Builder()
        .addInterceptor(
            chain ->
                chain.proceed(chain.request().newBuilder().header("User-Agent", userAgent).build()))
        .connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(15))
        .pingInterval(Duration.ofSeconds(20))
        .build();
  }

  /**
   * Asks the server at {@code address} who it is; on success it becomes this client's server. Over
   * TLS the server must present the certificate pinned for it in the settings; otherwise this fails
   * with {@link UntrustedCertificateException} before any request is sent.
   */
  public CompletableFuture<ServerInfo> probe(ServerAddress address) {
    return probe(List.of(address));
  }

  /**
   * Finds the server behind a typed address's {@code candidates} (see {@link ServerProbe}); it
   * becomes this client's server. Where a certificate is pinned, only TLS is asked: that server was
   * reached over TLS before, and a plain answer at its address now could be anyone's. Fails as
   * {@link ServerProbe#find} does.
   */
  public CompletableFuture<ServerInfo> probe(List<ServerAddress> candidates) {
    return probe(candidates, false);
  }

  /**
   * As {@link #probe(List)}; with {@code tlsRequired} (an address typed with {@code https://}) a
   * server that answers only in plain is refused as {@link NoServerException}, and not kept.
   */
  public CompletableFuture<ServerInfo> probe(List<ServerAddress> candidates, boolean tlsRequired) {
    return toFx(servers.probe(candidates, tlsRequired));
  }

  /** Signs in with a password ({@link SignIn#login}). */
  public CompletableFuture<User> login(String username, String password) {
    return toFx(signIn.login(username, password));
  }

  /**
   * Completes a login that {@link #login} was refused with {@code SECOND_FACTOR_REQUIRED}: the
   * refusal's token and a code from the authenticator app or a recovery code.
   */
  public CompletableFuture<User> secondFactor(String token, String code) {
    return toFx(signIn.secondFactor(token, code));
  }

  /** Replaces an admin's temporary password and signs in ({@link SignIn#renewPassword}). */
  public CompletableFuture<User> renewPassword(
      String username, String password, String newPassword) {
    return toFx(signIn.renewPassword(username, password, newPassword));
  }

  /**
   * The setup of two-factor sign-in that a login refused with {@code SECOND_FACTOR_SETUP_REQUIRED}
   * asks for, with the refusal's token.
   */
  public RequiredSetup requiredSetup(String token) {
    return new RequiredSetup(this, signIn, token);
  }

  /** Creates an account and signs in to it ({@link SignIn#register}). */
  public CompletableFuture<User> register(String username, String password) {
    return register(username, password, null);
  }

  /** Creates an account with an invite's code (null for none) and signs in to it. */
  public CompletableFuture<User> register(String username, String password, String invite) {
    return toFx(signIn.register(username, password, invite));
  }

  /** Whether a sign-in on this server is remembered, so that {@link #resume()} may work. */
  public boolean canResume() {
    return signIn.canResume();
  }

  /** Signs in again with the remembered refresh token ({@link SignIn#resume}). */
  public CompletableFuture<User> resume() {
    return toFx(signIn.resume());
  }

  /** Signs out here and on the server (which revokes the session) and forgets the sign-in. */
  public CompletableFuture<Void> logout() {
    return toFx(signIn.logout());
  }

  /**
   * Sends a socket request built by {@code build} from a fresh requestId; fails at once with {@link
   * OfflineException} while not connected. Completes on the executor given to this session (the FX
   * thread in the app), so callbacks may touch view state.
   */
  public <T> CompletableFuture<T> request(Function<String, ClientFrame> build, Class<T> type) {
    SocketLink link = liveLink();
    if (link == null) {
      return offline();
    }
    return toFx(link.request(build, type));
  }

  /**
   * Fetches a page of a room's history ({@code message.history}); its change position is kept, so
   * that the next catch-up brings the changes to these messages made while away.
   */
  public CompletableFuture<MessagesResult> history(
      String roomId, String before, String after, int limit) {
    SocketLink link = liveLink();
    Delivery reading = delivery;
    if (link == null || reading == null) {
      return offline();
    }
    return toFx(
        link.request(
                id -> new MessageHistory(id, roomId, before, after, limit), MessagesResult.class)
            .thenApplyAsync(
                page -> {
                  reading.historyRead(roomId, page.changeSeq());
                  return page;
                },
                loop));
  }

  private SocketLink liveLink() {
    Connection current = connection;
    return current == null ? null : current.live();
  }

  private <T> CompletableFuture<T> offline() {
    return toFx(CompletableFuture.failedFuture(new OfflineException("you are offline")));
  }

  /** Messages, replies and files sent through this session's outbox. */
  public Outgoing outgoing() {
    return outgoing;
  }

  public CompletableFuture<List<User>> searchUsers(String query) {
    return withToken((api, token) -> api.searchUsers(token, query));
  }

  public void retryNow() {
    Connection current = connection;
    if (current != null) {
      current.retryNow();
    }
  }

  public void addListener(Consumer<ClientEvent> listener) {
    listeners.add(listener);
  }

  public void removeListener(Consumer<ClientEvent> listener) {
    listeners.remove(listener);
  }

  public ReadOnlyObjectProperty<ConnectionStatus> statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The signed-in user as the server last described them (display name included), or null. */
  public User me() {
    return connection == null ? null : me.get();
  }

  /** The signed-in user, changing with their profile; null while signed out. */
  public ReadOnlyObjectProperty<User> meProperty() {
    return me.property();
  }

  /** The account of the signed-in user: profile, sessions, password. */
  public Account account() {
    return new Account(this);
  }

  /** The public keys of end-to-end encryption: this account's, this device's, and others'. */
  public Keys keys() {
    return new Keys(this);
  }

  /** Invites into rooms: made by a room's owner or an admin, redeemed by anyone signed in. */
  public RoomInvites roomInvites() {
    return new RoomInvites(this, settings);
  }

  /** The server's administration, for an owner or admin; {@link Administration#role()} says. */
  public Administration administration() {
    return new Administration(this, settings);
  }

  /** The signed-in user's role on the server as of the last sign-in or refresh, or null. */
  ServerRole role() {
    Connection current = connection;
    return current == null ? null : current.tokens().role();
  }

  /** Downloads of the files posted with messages, with this session's token. */
  public FileDownloads downloads() {
    return new FileDownloads(this);
  }

  /** Runs an authenticated HTTP call with the current access token, off the calling thread. */
  <T> CompletableFuture<T> withToken(BiFunction<RestApi, String, T> call) {
    Connection current = connection;
    if (current == null) {
      return toFx(CompletableFuture.failedFuture(new OfflineException("not signed in")));
    }
    RestApi api = servers.found().api();
    return toFx(
        CompletableFuture.supplyAsync(() -> call.apply(api, current.tokens().access()), io));
  }

  /** The signed-in user, as the server describes them, to change when it does. */
  SignedInUser signedIn() {
    return me;
  }

  /** Signs out here without asking the server (which already ended the session). */
  CompletableFuture<Void> endSessionHere() {
    return toFx(CompletableFuture.runAsync(this::endSession, loop));
  }

  public ServerInfo serverInfo() {
    return servers.info();
  }

  public ServerAddress address() {
    return servers.address();
  }

  /** Closes the socket and the client's threads, keeping the sign-in remembered. */
  @Override
  public void close() {
    loop.execute(
        () -> {
          if (connection != null) {
            connection.stop();
          }
        });
    loop.shutdown();
    io.shutdown();
    servers.close();
  }

  private void startSession(Tokens tokens) {
    endSession();
    remember(tokens);
    ServerProbe.Found found = servers.found();
    Path file = Outbox.fileFor(outboxDir, found.address().url(), tokens.user().userId());
    OutboxUploads uploads =
        new OutboxUploads(
            found.api(), () -> connection.tokens().access(), io, outgoing.attachmentsDir());
    delivery = new Delivery(Outbox.open(file), loop, clock, this::emit, uploads);
    connection =
        new Connection(
            new Connection.Server(found.http(), found.api(), found.socketUrl()),
            tokens,
            new Connection.Timing(policy, loop, io, clock),
            new SessionEvents(delivery, this));
    emit(new OutboxChanged(delivery.outbox().entries()));
    connection.start();
  }

  /** Stops the session, if any, and returns its last tokens. */
  Tokens endSession() {
    Connection ending = connection;
    if (ending == null) {
      return null;
    }
    ending.stop();
    connection = null;
    delivery = null;
    me.changed(null);
    signIn.forget();
    setStatus(ConnectionStatus.SIGNED_OUT);
    return ending.tokens();
  }

  void remember(Tokens tokens) {
    me.changed(tokens.user());
    signIn.remember(tokens);
  }

  void emit(ClientEvent event) {
    fx.execute(() -> listeners.forEach(listener -> listener.accept(event)));
  }

  void setStatus(ConnectionStatus next) {
    fx.execute(() -> status.set(next));
  }

  <T> CompletableFuture<T> toFx(CompletableFuture<T> future) {
    return FxFutures.completeOn(fx, future);
  }
}
