package chat.client.e2ee;

import chat.client.crypto.DeviceRecord;
import chat.client.crypto.SasParty;
import chat.client.crypto.store.DeviceKeys;
import chat.protocol.Base64Url;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Verifying contacts with the short code (docs/E2EE.md): this device's transactions, at most one
 * with each other user at a time, each cancelled when not finished within {@link #TIMEOUT}. Their
 * steps travel as device messages; what becomes of each goes to the listeners as {@link
 * VerificationEvent}s, on the encryption's worker thread. Every method runs on that worker and
 * answers a future; one naming a transaction that ended or never was does nothing.
 */
public final class Verifications {

  /** How long a verification may take, from its request to both MACs. */
  public static final Duration TIMEOUT = Duration.ofMinutes(10);

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int TX_BYTES = 16;

  private final Executor worker;
  private final Supplier<DeviceKeys> self;
  private final TrustedKeys trusted;
  private final KeyDirectory directory;
  private final RoomSender.DeviceMail mail;
  private final Clock clock;
  private final Map<String, Verification> open = new HashMap<>();
  private final List<Consumer<VerificationEvent>> listeners = new CopyOnWriteArrayList<>();

  /**
   * @param self this device once it is ready for encryption, null before
   */
  Verifications(
      Executor worker,
      Supplier<DeviceKeys> self,
      TrustedKeys trusted,
      KeyDirectory directory,
      RoomSender.DeviceMail mail,
      Clock clock) {
    this.worker = worker;
    this.self = self;
    this.trusted = trusted;
    this.directory = directory;
    this.mail = mail;
    this.clock = clock;
  }

  /** Called on the encryption's worker thread with every step of every transaction. */
  public void addListener(Consumer<VerificationEvent> listener) {
    listeners.add(listener);
  }

  public void removeListener(Consumer<VerificationEvent> listener) {
    listeners.remove(listener);
  }

  /**
   * Asks every trusted device of {@code userId} to verify; the first to accept is the one it goes
   * on with, the others are told. Answers the transaction's id; fails when this device is not
   * ready, when {@code userId} has no trusted device (none, or their identity key changed), or when
   * a verification with them is under way.
   */
  public CompletableFuture<String> verify(String userId) {
    return CompletableFuture.supplyAsync(
        () -> {
          DeviceKeys device = self.get();
          if (device == null) {
            throw new CannotVerifyException(CannotVerifyException.Why.NOT_READY, userId);
          }
          expire();
          if (openWith(userId).isPresent()) {
            throw new CannotVerifyException(CannotVerifyException.Why.UNDER_WAY, userId);
          }
          List<DeviceRecord> devices;
          try {
            devices =
                directory.devicesOf(List.of(userId)).stream()
                    .filter(d -> !d.address().equals(device.address()))
                    .toList();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          Optional<byte[]> identityKey = trusted.identityKey(userId);
          if (devices.isEmpty() || identityKey.isEmpty()) {
            throw new CannotVerifyException(CannotVerifyException.Why.NO_TRUSTED_DEVICE, userId);
          }
          String tx = newTx();
          open.put(
              tx,
              Verification.start(
                  tx,
                  party(device),
                  userId,
                  identityKey.get(),
                  devices,
                  clock.instant().plus(TIMEOUT),
                  new Channel(device)));
          expireLater();
          return tx;
        },
        worker);
  }

  /**
   * Whether the identity key of {@code userId} was verified with the short code, here or before a
   * restart, and has not changed since.
   */
  public CompletableFuture<Boolean> isVerified(String userId) {
    return CompletableFuture.supplyAsync(() -> trusted.isVerified(userId), worker);
  }

  /** The users {@link #isVerified}. */
  public CompletableFuture<Set<String>> verifiedUsers() {
    return CompletableFuture.supplyAsync(trusted::verifiedUsers, worker);
  }

  /** This device's person accepts the request {@code tx}. */
  public CompletableFuture<Void> accept(String tx) {
    return act(tx, Verification::accept);
  }

  /** This device's person says the codes of {@code tx} match. */
  public CompletableFuture<Void> confirm(String tx) {
    return act(tx, Verification::confirm);
  }

  /** This device's person says the codes of {@code tx} differ: it is cancelled. */
  public CompletableFuture<Void> deny(String tx) {
    return act(tx, Verification::deny);
  }

  /** Cancels {@code tx}, or declines it when it is a request not accepted yet. */
  public CompletableFuture<Void> cancel(String tx) {
    return act(tx, v -> v.cancel(CancelReason.CANCELLED));
  }

  /** A step from {@code from}, a trusted device of another user; on the worker. */
  void receive(DeviceRecord from, VerificationStep step) {
    DeviceKeys device = self.get();
    if (device == null) {
      return;
    }
    expire();
    Verification verification = open.get(step.tx());
    if (verification != null) {
      if (verification.userId().equals(from.userId())) {
        verification.receive(from, step);
        forgetEnded();
      }
    } else if (step instanceof VerificationStep.Start start) {
      request(device, from, start);
    }
  }

  private void request(DeviceKeys device, DeviceRecord from, VerificationStep.Start start) {
    Channel channel = new Channel(device);
    Optional<byte[]> identityKey = trusted.identityKey(from.userId());
    if (identityKey.isEmpty()) {
      return; // its user's key changed since the device was trusted: nothing to verify against
    }
    if (openWith(from.userId()).isPresent()) {
      channel.send(from, new VerificationStep.Cancel(start.tx(), CancelReason.BUSY));
      return;
    }
    open.put(
        start.tx(),
        Verification.incoming(
            start, party(device), from, identityKey.get(), clock.instant().plus(TIMEOUT), channel));
    expireLater();
  }

  private CompletableFuture<Void> act(String tx, Consumer<Verification> action) {
    return CompletableFuture.runAsync(
        () -> {
          expire();
          Verification verification = open.get(tx);
          if (verification != null) {
            action.accept(verification);
            forgetEnded();
          }
        },
        worker);
  }

  private Optional<Verification> openWith(String userId) {
    return open.values().stream().filter(v -> v.userId().equals(userId)).findFirst();
  }

  /** Cancels what ran out of time. */
  private void expire() {
    List.copyOf(open.values()).forEach(v -> v.expireIfDue(clock.instant()));
    forgetEnded();
  }

  private void expireLater() {
    Executor later =
        CompletableFuture.delayedExecutor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS, worker);
    later.execute(this::expire);
  }

  private void forgetEnded() {
    open.values().removeIf(Verification::ended);
  }

  private static SasParty party(DeviceKeys device) {
    return new SasParty(device.userId(), device.deviceId(), device.identity().publicKey());
  }

  private static String newTx() {
    byte[] bytes = new byte[TX_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64Url.encode(bytes);
  }

  /** Seals each step to its device and sends it; marks and tells as the transaction says. */
  private final class Channel implements Verification.Channel {

    private final DeviceKeys device;

    Channel(DeviceKeys device) {
      this.device = device;
    }

    @Override
    public void send(DeviceRecord to, VerificationStep step) {
      mail.send(List.of(WireKeys.sealed(device, to, step.encode())));
    }

    @Override
    public void update(VerificationEvent event) {
      listeners.forEach(listener -> listener.accept(event));
    }

    @Override
    public void verified(String userId, byte[] identityKey) {
      try {
        trusted.markVerified(userId, identityKey);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
