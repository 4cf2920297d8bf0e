package chat.client.e2ee;

import chat.client.crypto.DeviceRecord;
import chat.client.crypto.EncryptedRoomMessage;
import chat.client.crypto.RecoveryKey;
import chat.client.crypto.RoomKey;
import chat.client.crypto.store.DeviceKeyStore;
import chat.client.crypto.store.DeviceKeys;
import chat.client.net.ClientEvent;
import chat.client.net.ConnectionStatus;
import chat.client.net.Session;
import chat.protocol.client.DeviceAck;
import chat.protocol.client.DeviceInbox;
import chat.protocol.client.DeviceSend;
import chat.protocol.client.RoomMembers;
import chat.protocol.model.DeviceMessage;
import chat.protocol.model.Message;
import chat.protocol.model.User;
import chat.protocol.result.DeviceInboxResult;
import chat.protocol.result.DeviceSendResult;
import chat.protocol.result.EmptyResult;
import chat.protocol.result.MembersResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;

/**
 * End-to-end encryption for one signed-in {@link Session}: this app's device (set up by {@link
 * #start}), the room keys it shares and receives as device messages, and what each message of an
 * encrypted room reads as. Everything runs on one worker thread of its own, in the order it came,
 * so the key store and the sessions are never touched from two threads. The worker waits for the
 * session's answers, which complete on the session's {@code fx} executor: a caller on that thread
 * chains on the futures here and never joins them.
 */
public final class EndToEnd implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(EndToEnd.class.getName());

  /** How long closing waits for the work under way, such as a key store write, to end. */
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

  private final Session session;
  private final DeviceKeyStore store;
  private final Clock clock;
  private final TrustedKeys trusted;
  private final KeyDirectory directory;
  private final RoomReader reader;
  private final Verifications verifications;
  private final List<Consumer<TextDecrypted>> listeners = new CopyOnWriteArrayList<>();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(Thread.ofPlatform().name("chat-e2ee").daemon().factory());

  private final Consumer<ClientEvent> events = this::onEvent;
  private final ChangeListener<ConnectionStatus> reconnects =
      (property, was, now) -> {
        if (now.connected()) {
          onWorker(this::drainInbox);
        }
      };

  private final AtomicReference<RecoveryKey> newRecoveryKey = new AtomicReference<>();
  private volatile DeviceState state;
  private DeviceKeys self;
  private RoomSender sender;
  private RoomKeyInbox inbox;
  private KeyBackup backup;

  /**
   * @param folder the key store's folder, {@code crypto} in the session's data directory
   * @param storeKey the key store's key ({@code StoreKeys.forStore(folder)})
   */
  public EndToEnd(Session session, Path folder, byte[] storeKey, Clock clock) throws IOException {
    this.session = session;
    this.store = DeviceKeyStore.open(folder, storeKey);
    this.clock = clock;
    this.trusted = new TrustedKeys(store, clock);
    this.directory = new KeyDirectory(session.keys(), trusted);
    this.reader =
        new RoomReader(store, read -> listeners.forEach(l -> l.accept(read)), this::queueForBackup);
    this.verifications =
        new Verifications(
            worker,
            () -> state == DeviceState.READY ? self : null,
            trusted,
            directory,
            this::sendToDevices,
            clock);
    session.addListener(events);
    session.statusProperty().addListener(reconnects);
  }

  /**
   * Sets this device up for the signed-in user and reads the device messages that waited. A device
   * that holds the identity key and no current key backup of it makes one, with a new recovery key
   * for {@link #takeNewRecoveryKey}.
   */
  public CompletableFuture<DeviceState> start() {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            DeviceBootstrap.Setup setup =
                new DeviceBootstrap(session.keys(), store).run(session.me().userId());
            self = setup.device();
            backup = new KeyBackup(session.keys(), store, self.userId());
            if (setup.state() == DeviceState.READY) {
              becomeReady(false);
            }
            state = setup.state();
            drainInbox();
            return state;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        worker);
  }

  /**
   * The recovery key {@link #start} made with a new key backup, once: the app shows it to be
   * written down, and it is kept nowhere else.
   */
  public Optional<RecoveryKey> takeNewRecoveryKey() {
    return Optional.ofNullable(newRecoveryKey.getAndSet(null));
  }

  /**
   * On a device that {@link DeviceState#NEEDS_IDENTITY}: reads the identity key and every room
   * session from the key backup with the recovery key {@code typed}, registers this device signed
   * by that key, and reads again the messages that waited for a key. A mistyped or wrong key, or no
   * backup, changes nothing.
   */
  public CompletableFuture<RestoreResult> restore(String typed) {
    return CompletableFuture.supplyAsync(
        () -> {
          requireNeedsIdentity();
          try {
            DeviceRecovery.Outcome outcome =
                new DeviceRecovery(new DeviceBootstrap(session.keys(), store), backup, reader)
                    .restore(self, typed);
            if (outcome.device().isPresent()) {
              self = outcome.device().get();
              nowReady(false);
            }
            return outcome.result();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        worker);
  }

  /**
   * On a device that {@link DeviceState#NEEDS_IDENTITY}, for a user without the recovery key: makes
   * a new identity key in place of the user's with the account's {@code password}. The server drops
   * every device of the user, contacts see the key-change warning, the history stays unreadable
   * here, and a new key backup is made, with a recovery key for {@link #takeNewRecoveryKey}. A
   * wrong password fails the future with the server's refusal and changes nothing.
   */
  public CompletableFuture<DeviceState> startOver(String password) {
    return CompletableFuture.supplyAsync(
        () -> {
          requireNeedsIdentity();
          try {
            self = new DeviceBootstrap(session.keys(), store).replaceIdentity(self, password);
            nowReady(true);
            return state;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        worker);
  }

  private void requireNeedsIdentity() {
    if (state != DeviceState.NEEDS_IDENTITY) {
      throw new IllegalStateException("this device does not need the identity key");
    }
  }

  /** A device that needed the identity key holds it now: it reads the device messages waiting. */
  private void nowReady(boolean newBackup) throws IOException {
    becomeReady(newBackup);
    state = DeviceState.READY;
    drainInbox();
  }

  /**
   * Sends and receives room keys from now on, and keeps the key backup up to date, making a new one
   * when {@code newBackup} or when there is no current one ({@link KeyBackup#keepUp}).
   */
  private void becomeReady(boolean newBackup) throws IOException {
    sender = new RoomSender(self, clock, this::sendToDevices, this::keepOwnKey);
    inbox = new RoomKeyInbox(self, directory, reader, verifications);
    trusted.trustedDevices(session.keys().query(List.of(self.userId())).join().getFirst());
    backup.keepUp(self.identity(), reader.keys(), newBackup).ifPresent(newRecoveryKey::set);
  }

  /** Where this device stands; null until {@link #start} completed. */
  public DeviceState state() {
    return state;
  }

  /** This device's id; null until {@link #start} completed. */
  public String deviceId() {
    DeviceKeys device = self;
    return device == null ? null : device.deviceId();
  }

  /**
   * Encrypts {@code text} for every trusted device of the room's members and sends it through the
   * outbox, sharing a new room key first when the room needs one.
   */
  public CompletableFuture<Void> send(String roomId, String text, List<String> mentions) {
    return reply(roomId, null, text, mentions);
  }

  /** As {@link #send}, as a reply in the thread of {@code threadId} (null: in the room). */
  public CompletableFuture<Void> reply(
      String roomId, String threadId, String text, List<String> mentions) {
    return CompletableFuture.runAsync(
        () -> {
          if (state != DeviceState.READY) {
            throw new IllegalStateException("this device is not set up for encryption");
          }
          try {
            List<String> members =
                session
                    .request(id -> new RoomMembers(id, roomId), MembersResult.class)
                    .join()
                    .members()
                    .stream()
                    .map(User::userId)
                    .toList();
            List<DeviceRecord> readers =
                directory.devicesOf(members).stream()
                    .filter(d -> !d.address().equals(self.address()))
                    .toList();
            byte[] plaintext = new MessagePlaintext(text, mentions).encode();
            EncryptedRoomMessage message = sender.encrypt(roomId, plaintext, readers);
            session
                .outgoing()
                .sendEncrypted(roomId, threadId, WireKeys.content(message), List.of());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        worker);
  }

  /**
   * Reads a message of an encrypted room that came otherwise than as an event (a page of history);
   * what it read as also goes to the listeners.
   */
  public CompletableFuture<DecryptedText> read(Message message) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return reader.read(message);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        worker);
  }

  /** What the message {@code messageId} read as, once it was read. */
  public Optional<DecryptedText> text(String messageId) {
    return reader.text(messageId);
  }

  /** Called on the worker thread each time a message is read, or read again. */
  public void addListener(Consumer<TextDecrypted> listener) {
    listeners.add(listener);
  }

  /** The users whose identity key changed since it was trusted, until {@link #accept}ed. */
  public CompletableFuture<Set<String>> changedIdentities() {
    return CompletableFuture.supplyAsync(trusted::changedIdentities, worker);
  }

  /**
   * Asks the server for the keys of {@code userIds} now (none: asks nothing), so that a changed
   * identity key among them is noticed, and completes with {@link #changedIdentities}.
   */
  public CompletableFuture<Set<String>> checkIdentities(List<String> userIds) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            directory.devicesOf(userIds);
            return trusted.changedIdentities();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        worker);
  }

  /**
   * The users whose identity key changed since it was trusted, until {@link #accept}ed, each saying
   * whether the key it replaces was verified.
   */
  public CompletableFuture<List<IdentityChange>> identityChanges() {
    return CompletableFuture.supplyAsync(trusted::identityChanges, worker);
  }

  /** Verifying contacts with the short code, from the request to the outcome. */
  public Verifications verifications() {
    return verifications;
  }

  /** Trusts the new identity key of {@code userId}: its devices receive room keys again. */
  public CompletableFuture<Void> accept(String userId) {
    return CompletableFuture.runAsync(
        () -> {
          try {
            trusted.accept(userId);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        worker);
  }

  private void onEvent(ClientEvent event) {
    if (event instanceof ClientEvent.MessageArrived arrived) {
      readLater(arrived.message());
    } else if (event instanceof ClientEvent.MessageEdited edited) {
      readLater(edited.message());
    } else if (event instanceof ClientEvent.DeviceMessageArrived arrived) {
      onWorker(() -> receive(List.of(arrived.message())));
    }
  }

  private void readLater(Message message) {
    if (message.encrypted() != null) {
      onWorker(() -> reader.read(message));
    }
  }

  private void drainInbox() throws IOException {
    if (state != DeviceState.READY || !session.statusProperty().get().connected()) {
      return;
    }
    List<DeviceMessage> page;
    do {
      page =
          session
              .request(id -> new DeviceInbox(id, null), DeviceInboxResult.class)
              .join()
              .messages();
      receive(page);
    } while (!page.isEmpty());
  }

  /** Opens each message, then removes them from the inbox on the server. */
  private void receive(List<DeviceMessage> messages) throws IOException {
    if (inbox == null || messages.isEmpty()) {
      return;
    }
    for (DeviceMessage message : messages) {
      inbox.receive(message);
    }
    long upTo = messages.getLast().id();
    session.request(id -> new DeviceAck(id, upTo), EmptyResult.class).join();
    backup.flush();
  }

  private void sendToDevices(List<chat.protocol.client.OutgoingDeviceMessage> messages) {
    session.request(id -> new DeviceSend(id, messages), DeviceSendResult.class).join();
  }

  private void keepOwnKey(RoomKey key) {
    onWorkerNow(
        () -> {
          reader.addKey(key);
          backup.flush();
        });
  }

  private void queueForBackup(RoomKey key) {
    if (backup != null) {
      backup.queue(key);
    }
  }

  private interface Work {
    void run() throws IOException;
  }

  private void onWorker(Work work) {
    worker.execute(() -> onWorkerNow(work));
  }

  private static void onWorkerNow(Work work) {
    try {
      work.run();
    } catch (IOException | RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "end-to-end encryption: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    session.removeListener(events);
    session.statusProperty().removeListener(reconnects);
    worker.shutdown();
    try {
      if (!worker.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        worker.shutdownNow();
      }
    } catch (InterruptedException e) {
      worker.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
