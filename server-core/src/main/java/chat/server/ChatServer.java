package chat.server;

import chat.server.chat.FileService;
import chat.server.discovery.LanAddresses;
import chat.server.discovery.ServiceAnnouncer;
import chat.server.http.HttpApi;
import chat.server.metrics.ServerMetrics;
import chat.server.net.ClientAddresses;
import chat.server.ratelimit.RateLimiter;
import chat.server.store.BlobStore;
import chat.server.store.Storage;
import chat.server.store.blob.DirectoryBlobStore;
import chat.server.store.blob.S3BlobStore;
import chat.server.store.blob.S3Settings;
import chat.server.store.embedded.EmbeddedStorage;
import chat.server.store.redis.PresenceSettings;
import chat.server.store.redis.RedisDurability;
import chat.server.store.redis.RedisStorage;
import chat.server.tls.GeneratedCertificate;
import chat.server.tls.InvalidCertificateException;
import chat.server.tls.PemFiles;
import chat.server.tls.ServerCertificate;
import chat.server.ws.RequestDispatcher;
import chat.server.ws.SocketGateway;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One server node, wired by hand: the store, the services, the HTTP API and the socket gateway.
 * {@link #start} for in-process use (the desktop app, tests); {@link ServerMain} for headless use.
 */
public final class ChatServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ChatServer.class);
  private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);

  /** The folder of the data dir that holds file bytes, unless {@code FILES_DIR} says otherwise. */
  static final String FILES_FOLDER = "blobs";

  /** The folder of the data dir where uploads are streamed before they are stored. */
  static final String SPOOL_FOLDER = "spool";

  private final Storage storage;
  private final Optional<BlobStore> blobs;
  private final Services services;
  private final ServerMetrics metrics;
  private final SocketGateway gateway;
  private final HttpApi http;
  private final ServiceAnnouncer announcer;
  private final Optional<String> tlsFingerprint;
  private final ScheduledExecutorService heartbeats =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("presence-heartbeat").daemon().factory());
  private volatile boolean stopped;

  private ChatServer(
      Storage storage,
      Optional<BlobStore> blobs,
      Services services,
      ServerMetrics metrics,
      SocketGateway gateway,
      HttpApi http,
      ServiceAnnouncer announcer,
      Optional<String> tlsFingerprint,
      Duration heartbeatInterval) {
    this.storage = storage;
    this.blobs = blobs;
    this.services = services;
    this.metrics = metrics;
    this.gateway = gateway;
    this.http = http;
    this.announcer = announcer;
    this.tlsFingerprint = tlsFingerprint;
    heartbeats.scheduleWithFixedDelay(
        this::heartbeat, 0, heartbeatInterval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** A failed beat is logged and the next one tried: an exception would cancel the schedule. */
  private void heartbeat() {
    try {
      storage.presence().heartbeat();
    } catch (RuntimeException e) {
      log.warn("presence heartbeat failed: {}", e.toString());
    }
  }

  /**
   * Opens the store and starts both listeners; returns once they accept connections.
   *
   * @throws IOException when a port cannot be bound, the store cannot be opened or a generated
   *     certificate cannot be written
   * @throws ConfigException when {@code TLS_CERT}/{@code TLS_KEY} or the generated certificate's
   *     files cannot be used
   */
  public static ChatServer start(ServerConfig config) throws IOException, InterruptedException {
    Clock clock = Clock.systemUTC();
    Optional<ServerCertificate> certificate = certificate(config, clock);
    Optional<SSLContext> tls = certificate.map(ServerCertificate::sslContext);
    Storage storage = openStorage(config, clock);
    Optional<BlobStore> blobs = Optional.empty();
    ServerMetrics metrics = new ServerMetrics();
    ClientAddresses clientAddresses = new ClientAddresses(config.trustedProxies());
    SocketGateway gateway = null;
    HttpApi http = null;
    Services services = null;
    try {
      blobs = openBlobs(config, storage.mode());
      Optional<FileService> files = fileService(config, storage, blobs, clock);
      services = Services.wire(config, storage, files, metrics, clock);
      gateway =
          new SocketGateway(
              new SocketGateway.Listening(
                  new InetSocketAddress(config.host(), config.wsPort()),
                  config.transport(),
                  clientAddresses),
              services.sessions(),
              services.presence(),
              new RequestDispatcher(
                  new RequestDispatcher.Services(
                      services.rooms(),
                      services.messages(),
                      services.changes(),
                      services.presence(),
                      services.typing(),
                      services.receipts(),
                      services.search(),
                      services.moderation(),
                      services.devices())),
              metrics,
              clock);
      tls.ifPresent(gateway::serveTls);
      storage.events().subscribe(gateway::deliver);
      gateway.startAndWait();
      HttpApi api =
          new HttpApi(
              new InetSocketAddress(config.host(), config.httpPort()),
              tls,
              ServerDescription.identity(config, storage.mode(), files.isPresent()),
              gateway.getPort(),
              services.accounts(),
              services.administration(),
              services.registration(),
              services.audit(),
              services.roomInvites(),
              services.twoFactor(),
              services.sessions(),
              services.users(),
              new HttpApi.SelfService(
                  services.exports(), services.deletion(), services.keys(), services.backups()),
              new HttpApi.Readiness(storage::isReachable, gateway::isAccepting),
              metrics,
              config.transport(),
              clientAddresses,
              files);
      api.start();
      http = api;
      Optional<String> fingerprint = certificate.map(ServerCertificate::fingerprint);
      log.info(
          "chat server up: http port {}, socket port {}, {} store {}",
          http.port(),
          gateway.getPort(),
          storage.mode(),
          config
              .redis()
              .map(redis -> "at " + redis.describe())
              .orElse("in " + config.dataDir().toAbsolutePath()));
      fingerprint.ifPresent(
          f -> log.info("TLS on both ports (https, wss); certificate SHA-256 fingerprint {}", f));
      ServiceAnnouncer announcer = announce(config, http.port(), gateway.getPort(), fingerprint);
      // Six beats per node timeout: a node is dropped only after missing several in a row.
      return new ChatServer(
          storage,
          blobs,
          services,
          metrics,
          gateway,
          http,
          announcer,
          fingerprint,
          config.presenceNodeTimeout().dividedBy(6));
    } catch (IOException | RuntimeException e) {
      if (http != null) {
        http.stop(Duration.ZERO);
      }
      if (gateway != null) {
        gateway.shutdown(Duration.ZERO);
      }
      if (services != null) {
        services.close();
      }
      blobs.ifPresent(ChatServer::closeBlobs);
      storage.close();
      metrics.close();
      throw e;
    }
  }

  /**
   * LAN discovery: announces the server where others can reach it (see {@link
   * ServerConfig#discovery}), in the background.
   *
   * @param tlsFingerprint the certificate's SHA-256 fingerprint when the server uses TLS
   */
  private static ServiceAnnouncer announce(
      ServerConfig config, int httpPort, int wsPort, Optional<String> tlsFingerprint) {
    List<InetAddress> addresses =
        config.discovery() ? LanAddresses.forAnnouncing(config.host()) : List.of();
    return ServiceAnnouncer.start(
        addresses, ServerDescription.announcement(config, httpPort, wsPort, tlsFingerprint));
  }

  /** The certificate both ports present: the files given, or one generated in the data dir. */
  private static Optional<ServerCertificate> certificate(ServerConfig config, Clock clock)
      throws IOException {
    ServerConfig.Tls tls = config.tls();
    if (!tls.enabled()) {
      return Optional.empty();
    }
    try {
      if (tls.certificate().isPresent() && tls.key().isPresent()) {
        return Optional.of(PemFiles.read(tls.certificate().get(), tls.key().get()));
      }
      return Optional.of(
          GeneratedCertificate.loadOrCreate(
              config.dataDir(), config.serverName(), clock.instant()));
    } catch (InvalidCertificateException e) {
      throw new ConfigException(List.of(e.getMessage()));
    }
  }

  /**
   * Redis when {@code REDIS_URL} is set, else the embedded store in the data directory. The one
   * place that knows the adapters: each gets its settings from the configuration's plain values.
   */
  private static Storage openStorage(ServerConfig config, Clock clock) {
    return config
        .redis()
        .<Storage>map(
            redis ->
                RedisStorage.open(
                    redis,
                    config.redisPoolSize(),
                    new PresenceSettings(
                        config.presenceNodeTimeout(),
                        config.presenceFilterCapacity(),
                        config.presenceFilterErrorRate()),
                    new RedisDurability(
                        config.redisAcks().replicas(),
                        config.redisAcks().timeout(),
                        config.redisAcks().relaxed()),
                    clock))
        .orElseGet(() -> EmbeddedStorage.open(config.dataDir()));
  }

  /**
   * Where file bytes live: the S3-compatible bucket when one is set; else the folder {@code
   * FILES_DIR} (by default {@code blobs} in the data dir). In Redis mode without a bucket, only a
   * {@code FILES_DIR} set by the operator, who so declares it shared by every node, is used; with
   * neither, the server serves no files (a node's own folder would split files between nodes).
   */
  private static Optional<BlobStore> openBlobs(ServerConfig config, String mode)
      throws IOException {
    ServerConfig.FileSharing files = config.files();
    if (files.s3().isPresent()) {
      ServerConfig.S3Bucket s3 = files.s3().get();
      return Optional.of(
          S3BlobStore.connect(
              new S3Settings(
                  s3.endpoint(), s3.region(), s3.bucket(), s3.accessKey(), s3.secretKey())));
    }
    if (files.dir().isEmpty() && "redis".equals(mode)) {
      log.warn(
          "no files in Redis mode: set FILES_S3_ENDPOINT (and its bucket and keys), or FILES_DIR"
              + " to a folder every node shares");
      return Optional.empty();
    }
    return Optional.of(
        new DirectoryBlobStore(files.dir().orElse(config.dataDir().resolve(FILES_FOLDER))));
  }

  private static Optional<FileService> fileService(
      ServerConfig config, Storage storage, Optional<BlobStore> blobs, Clock clock)
      throws IOException {
    if (blobs.isEmpty()) {
      return Optional.empty();
    }
    ServerConfig.FileSharing files = config.files();
    int perMinute = files.uploadsPerMinute();
    return Optional.of(
        new FileService(
            storage.ports(),
            blobs.get(),
            config.dataDir().resolve(SPOOL_FOLDER),
            new RateLimiter(perMinute, perMinute / 60.0),
            new FileService.Limits(
                files.maxBytes(),
                files.quotaBytesPerUser(),
                files.spoolBytes(),
                FileService.UPLOADS_AT_ONCE_PER_USER),
            clock));
  }

  private static void closeBlobs(BlobStore blobs) {
    if (blobs instanceof S3BlobStore s3) {
      s3.close();
    }
  }

  public int httpPort() {
    return http.port();
  }

  public int wsPort() {
    return gateway.getPort();
  }

  /** The addresses the server announces itself on by mDNS; empty when it announces nowhere. */
  public List<InetAddress> announcedOn() {
    return announcer.addresses();
  }

  /**
   * The SHA-256 fingerprint of the certificate both ports present, in the format of {@link
   * chat.protocol.CertificateFingerprint}; empty without TLS. LAN discovery announces it so that
   * clients can check the certificate they are shown on first use.
   */
  public Optional<String> tlsFingerprint() {
    return tlsFingerprint;
  }

  /** Who has a socket open on this node: usernames, in alphabetical order. */
  public List<String> connectedUsernames() {
    return gateway.connectedUsernames();
  }

  /** What {@code /readyz} answers: not stopped, the store takes writes, the socket port accepts. */
  public boolean isReady() {
    return !stopped && storage.isReachable() && gateway.isAccepting();
  }

  /**
   * Withdraws the LAN announcement, stops accepting, lets requests in flight finish and their acks
   * go out, closes every socket and then the store; then waits for the announcement's goodbyes
   * (about two seconds, overlapping the rest; nothing when it announced nowhere). Safe to call
   * twice.
   */
  public synchronized void stop() throws InterruptedException {
    if (stopped) {
      return;
    }
    stopped = true;
    log.info("chat server stopping");
    stopping("withdrawing the announcement", announcer::withdraw);
    stopping("stopping HTTP", () -> http.stop(Duration.ofSeconds(1)));
    stopping("closing the sockets", () -> gateway.shutdown(SHUTDOWN_GRACE));
    stopping("closing the services", services::close);
    heartbeats.shutdownNow();
    stopping("closing the blob store", () -> blobs.ifPresent(ChatServer::closeBlobs));
    stopping("closing the store", storage::close);
    stopping("closing the metrics", metrics::close);
    stopping("ending the announcement", announcer::close);
    log.info("chat server stopped");
  }

  /** One step of {@link #stop}. */
  private interface StopStep {
    void run() throws InterruptedException;
  }

  /**
   * Runs one step of {@link #stop}, logging its failure and going on: a node whose Redis is gone
   * cannot say goodbye to it (presence), but must still free its ports and threads.
   */
  private static void stopping(String what, StopStep step) throws InterruptedException {
    try {
      step.run();
    } catch (RuntimeException e) {
      log.warn("{} failed while stopping: {}", what, e.toString());
    }
  }

  /** {@link #stop}, keeping the thread's interrupt if it is interrupted meanwhile. */
  @Override
  public void close() {
    try {
      stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
