package chat.client.e2ee;

import chat.client.crypto.InboundRoomSession;
import chat.client.crypto.InboundRoomSessions;
import chat.client.crypto.RoomDecryption;
import chat.client.crypto.RoomKey;
import chat.client.crypto.store.DeviceKeyStore;
import chat.client.crypto.store.StoreFile;
import chat.protocol.model.Message;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads the messages of encrypted rooms with the room sessions this device was given, kept in the
 * key store. A message no key reaches yet is held and read again when a key for its room arrives.
 * What each message read as is kept by message id. Not thread-safe but for {@link #text}: {@link
 * EndToEnd} calls the rest from its one worker.
 */
final class RoomReader {

  private final DeviceKeyStore store;
  private final InboundRoomSessions sessions;
  private final Consumer<TextDecrypted> readers;
  private final Consumer<RoomKey> kept;
  private final Map<String, DecryptedText> texts = new ConcurrentHashMap<>();
  private final Map<String, Message> waiting = new LinkedHashMap<>();

  /**
   * @param readers told what each message read as
   * @param kept told of each room key {@link #addKey} keeps, to add it to the key backup
   */
  RoomReader(DeviceKeyStore store, Consumer<TextDecrypted> readers, Consumer<RoomKey> kept)
      throws IOException {
    this.store = store;
    this.sessions = InboundRoomSessions.restore(store.read(StoreFile.INBOUND).orElse(List.of()));
    this.readers = readers;
    this.kept = kept;
  }

  /** Keeps {@code key}, from a device this device trusts, and reads what waited for it. */
  void addKey(RoomKey key) throws IOException {
    sessions.add(key);
    save();
    kept.accept(sessions.earliest(key));
    readWaiting(Set.of(key.roomId()));
  }

  /**
   * Keeps {@code keys}, read from the key backup (so not {@code kept} again), and reads what waited
   * for them.
   */
  void addFromBackup(List<RoomKey> keys) throws IOException {
    keys.forEach(sessions::add);
    save();
    readWaiting(keys.stream().map(RoomKey::roomId).collect(Collectors.toSet()));
  }

  /** The earliest key of every room session held. */
  List<RoomKey> keys() {
    return sessions.states().stream().map(InboundRoomSession.State::earliest).toList();
  }

  private void readWaiting(Set<String> roomIds) throws IOException {
    List<Message> retry = new ArrayList<>();
    waiting.values().removeIf(m -> roomIds.contains(m.roomId()) && retry.add(m));
    for (Message message : retry) {
      read(message);
    }
  }

  /** Reads a message of an encrypted room (one that carries {@code encrypted}). */
  DecryptedText read(Message message) throws IOException {
    RoomDecryption decryption =
        sessions.decrypt(
            message.roomId(),
            message.senderId(),
            message.messageId(),
            WireKeys.message(message.encrypted()));
    DecryptedText text =
        switch (decryption) {
          case RoomDecryption.Decrypted d ->
              MessagePlaintext.decode(d.plaintext())
                  .<DecryptedText>map(p -> new DecryptedText.Readable(p.body(), p.mentionsOrNone()))
                  .orElseGet(DecryptedText.Malformed::new);
          case RoomDecryption.Tampered _ -> new DecryptedText.Tampered();
          case RoomDecryption.Forged _ -> new DecryptedText.Forged();
          case RoomDecryption.Replayed r -> new DecryptedText.Replayed(r.originalMessageId());
          case RoomDecryption.NoKey _ -> new DecryptedText.NoKeyYet();
        };
    if (decryption instanceof RoomDecryption.Decrypted) {
      save();
    } else if (decryption instanceof RoomDecryption.NoKey) {
      waiting.put(message.messageId(), message);
    }
    texts.put(message.messageId(), text);
    readers.accept(new TextDecrypted(message.roomId(), message.messageId(), text));
    return text;
  }

  Optional<DecryptedText> text(String messageId) {
    return Optional.ofNullable(texts.get(messageId));
  }

  private void save() throws IOException {
    store.write(StoreFile.INBOUND, sessions.states());
  }
}
