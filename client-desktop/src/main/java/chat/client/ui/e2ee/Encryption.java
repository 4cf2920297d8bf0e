package chat.client.ui.e2ee;

import chat.client.config.OwnerOnly;
import chat.client.crypto.store.StoreKeys;
import chat.client.e2ee.DecryptedText;
import chat.client.e2ee.DeviceState;
import chat.client.e2ee.EndToEnd;
import chat.client.e2ee.TextDecrypted;
import chat.client.net.ClientEvent;
import chat.client.net.Failures;
import chat.client.net.ServerAddress;
import chat.client.net.Session;
import chat.protocol.Features;
import chat.protocol.model.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The app's end-to-end encryption for one signed-in session, as the screens use it: the {@link
 * EndToEnd} of the session (its key store in {@code <data>/crypto/<server>/<userId>}), started when
 * the server lists {@code e2ee}, and where it stands ({@link #statusProperty()}). Everything here
 * is called on the FX thread and answers there: the key store's key is found on a background
 * thread, the rest runs on the {@link EndToEnd}'s own worker.
 */
public final class Encryption {

  /** Where this app's encryption stands for the signed-in user. */
  public enum Status {
    /** The server offers no end-to-end encryption. */
    OFF,
    /** The device is being set up. */
    STARTING,
    /** Encrypted rooms can be created, read and written to. */
    READY,
    /** The user's identity key is on another device and not here yet. */
    NEEDS_IDENTITY,
    /** Setting the device up failed (the key store does not open, the server refused). */
    FAILED
  }

  private final Executor fx;
  private final ReadOnlyObjectWrapper<Status> status;
  private final List<Consumer<TextDecrypted>> decrypted = new CopyOnWriteArrayList<>();
  private final DecryptedMessages messages = new DecryptedMessages(this::text);
  private final KeyChanges keyChanges = new KeyChanges(this::checkIdentities, this::accept);
  private final Session session;
  private final Consumer<ClientEvent> events = this::onEvent;

  /**
   * Completes on the FX thread once starting ended: with the {@link EndToEnd}, or null when none
   * opened (no encryption, the key store did not open, or the window was left first).
   */
  private final CompletableFuture<EndToEnd> started = new CompletableFuture<>();

  /**
   * Messages of encrypted rooms that arrived before the {@link EndToEnd} listened: read once up.
   */
  private final List<Message> early = new ArrayList<>();

  private volatile EndToEnd e2ee;
  private volatile String failure = "";
  private boolean closed;

  private Encryption(Session session, Executor fx, Status first) {
    this.session = session;
    this.fx = fx;
    this.status = new ReadOnlyObjectWrapper<>(first);
  }

  /** No encryption: a server without it, or view models shown without it. */
  public static Encryption off() {
    Encryption off = new Encryption(null, Runnable::run, Status.OFF);
    off.started.complete(null);
    return off;
  }

  /**
   * The encryption of {@code session}, just signed in, started when its server offers it.
   *
   * @param data the app's data folder, where {@code crypto} keeps one key store per user and server
   * @param background where the key store's key is looked for (a keyring may take a while)
   * @param fx the FX thread's executor
   */
  public static Encryption start(Session session, Path data, Executor background, Executor fx) {
    if (!session.serverInfo().features().contains(Features.E2EE)) {
      return off();
    }
    Encryption encryption = new Encryption(session, fx, Status.STARTING);
    session.addListener(encryption.events);
    Path folder = folderOf(data, session.address(), session.me().userId());
    CompletableFuture.supplyAsync(() -> storeKey(data, folder), background)
        .thenApplyAsync(key -> encryption.open(session, folder, key), fx)
        .thenCompose(EndToEnd::start)
        .whenCompleteAsync(encryption::started, fx);
    return encryption;
  }

  /** {@code <data>/crypto/<server>/<userId>}: a user's key store on one server. */
  static Path folderOf(Path data, ServerAddress server, String userId) {
    return data.resolve("crypto")
        .resolve(fileNameOf(server.hostPort()))
        .resolve(fileNameOf(userId));
  }

  /**
   * {@code text} with each character that is not an ASCII letter, digit or dash turned into _: a
   * file name on every system, never "." or "..".
   */
  static String fileNameOf(String text) {
    return text.replaceAll("[^A-Za-z0-9-]", "_");
  }

  private static byte[] storeKey(Path data, Path folder) {
    try {
      OwnerOnly.folder(data.resolve("crypto"));
      OwnerOnly.folder(folder.getParent());
      return StoreKeys.forStore(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens the key store on the FX thread, where the session's listeners and status live. */
  private EndToEnd open(Session session, Path folder, byte[] key) {
    if (closed) {
      throw new IllegalStateException("signed out before encryption started");
    }
    try {
      EndToEnd opened = new EndToEnd(session, folder, key, Clock.systemUTC());
      opened.addListener(read -> fx.execute(() -> decrypted.forEach(l -> l.accept(read))));
      e2ee = opened;
      return opened;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void started(DeviceState state, Throwable failed) {
    if (closed) {
      started.complete(null);
      return;
    }
    if (failed != null) {
      failure = Failures.describe(failed);
      status.set(Status.FAILED);
    } else {
      status.set(state == DeviceState.READY ? Status.READY : Status.NEEDS_IDENTITY);
    }
    EndToEnd now = e2ee;
    started.complete(now);
    if (now != null) {
      early.forEach(now::read);
    }
    early.clear();
  }

  /**
   * Checks a contact's keys again on {@code keys.changed}, and keeps the messages of encrypted
   * rooms that come while the {@link EndToEnd} is not listening yet.
   */
  private void onEvent(ClientEvent event) {
    if (event instanceof ClientEvent.KeysChanged changed && status.get() == Status.READY) {
      keyChanges.check(List.of(changed.userId()));
    } else if (event instanceof ClientEvent.MessageArrived arrived) {
      keepIfEarly(arrived.message());
    } else if (event instanceof ClientEvent.MessageEdited edited) {
      keepIfEarly(edited.message());
    }
  }

  private void keepIfEarly(Message message) {
    if (!started.isDone() && message.encrypted() != null) {
      early.add(message);
    }
  }

  public ReadOnlyObjectProperty<Status> statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** Whether encrypted rooms can be created and written to from this device now. */
  public BooleanBinding readyProperty() {
    return status.isEqualTo(Status.READY);
  }

  /** Why encrypted rooms cannot be created here now, in one sentence; empty when they can. */
  public StringBinding whyNotProperty() {
    return Bindings.createStringBinding(() -> whyNot(status.get(), failure), status);
  }

  static String whyNot(Status status, String failure) {
    return switch (status) {
      case READY -> "";
      case OFF -> "This server does not offer end-to-end encryption.";
      case STARTING -> "Encryption is still being set up on this device.";
      case NEEDS_IDENTITY ->
          "Your security key is on another device: this device cannot encrypt until it has it.";
      case FAILED -> "Encryption could not be set up on this device: " + failure;
    };
  }

  /** What encrypted messages read as, for the chat's rows and notifications. */
  public DecryptedMessages messages() {
    return messages;
  }

  /**
   * Encrypts {@code text} for the room (in the thread of {@code threadId} when not null) and puts
   * it in the outbox; completes on the FX thread, failed when this device cannot encrypt.
   */
  public CompletableFuture<Void> send(
      String roomId, String threadId, String text, List<String> mentions) {
    EndToEnd now = readyOrNull();
    if (now == null) {
      return CompletableFuture.failedFuture(
          new IllegalStateException(whyNot(status.get(), failure)));
    }
    CompletableFuture<Void> sent = onFx(now.reply(roomId, threadId, text, mentions));
    // Sending asked for the members' keys: a key that changed is known now.
    sent.whenComplete((done, failed) -> keyChanges.check(List.of()));
    return sent;
  }

  /**
   * Reads each encrypted message of {@code page} (a page of history, a thread's replies, pins) and
   * completes on the FX thread with the page as it shows: each message with its text, or with the
   * sentence saying why it has none ({@link DecryptedMessages#shown}).
   */
  public CompletableFuture<List<Message>> read(List<Message> page) {
    if (page.stream().noneMatch(m -> m.encrypted() != null)) {
      return CompletableFuture.completedFuture(page);
    }
    // A page fetched while encryption starts waits for it.
    return started.thenCompose(
        now -> {
          if (now == null || closed) {
            return CompletableFuture.completedFuture(page.stream().map(messages::shown).toList());
          }
          List<CompletableFuture<DecryptedText>> reads =
              page.stream()
                  .filter(m -> m.encrypted() != null)
                  .map(m -> now.read(m).exceptionally(failed -> new DecryptedText.Malformed()))
                  .toList();
          return onFx(CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)))
              .thenApply(done -> page.stream().map(messages::shown).toList());
        });
  }

  /** The contacts whose security key changed, whose messages are held. */
  public KeyChanges keyChanges() {
    return keyChanges;
  }

  /** Called on the FX thread each time a message of an encrypted room is read, or read again. */
  public void onDecrypted(Consumer<TextDecrypted> listener) {
    decrypted.add(listener);
  }

  private CompletableFuture<Set<String>> checkIdentities(List<String> userIds) {
    EndToEnd now = readyOrNull();
    return now == null
        ? CompletableFuture.completedFuture(Set.of())
        : onFx(now.checkIdentities(userIds));
  }

  private CompletableFuture<Void> accept(String userId) {
    EndToEnd now = readyOrNull();
    return now == null ? CompletableFuture.completedFuture(null) : onFx(now.accept(userId));
  }

  private Optional<DecryptedText> text(String messageId) {
    EndToEnd now = e2ee;
    return now == null ? Optional.empty() : now.text(messageId);
  }

  private EndToEnd readyOrNull() {
    return status.get() == Status.READY ? e2ee : null;
  }

  private <T> CompletableFuture<T> onFx(CompletableFuture<T> future) {
    CompletableFuture<T> onFx = new CompletableFuture<>();
    future.whenComplete(
        (value, failed) ->
            fx.execute(
                () -> {
                  if (failed == null) {
                    onFx.complete(value);
                  } else {
                    onFx.completeExceptionally(Failures.unwrap(failed));
                  }
                }));
    return onFx;
  }

  /**
   * Stops: the user signed out or left the window. The {@link EndToEnd} closes on a thread of its
   * own, as closing waits a moment for a key store write under way.
   */
  public void close() {
    closed = true;
    if (session != null) {
      session.removeListener(events);
    }
    early.clear();
    EndToEnd now = e2ee;
    e2ee = null;
    if (now != null) {
      Thread.ofVirtual().name("chat-e2ee-close").start(now::close);
    }
  }
}
