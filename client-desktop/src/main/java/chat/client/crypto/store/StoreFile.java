package chat.client.crypto.store;

import chat.client.crypto.BackupKey;
import chat.client.crypto.InboundRoomSession;
import chat.client.crypto.OutboundRoomSession;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Map;

/**
 * One file of the key store: its name, which is also its seal's additional data, and the type of
 * what it holds.
 */
public final class StoreFile<T> {

  /** The device's own keys. */
  public static final StoreFile<DeviceKeys> DEVICE =
      new StoreFile<>("device", new TypeReference<>() {});

  /** The identity key trusted for each user, by user id. */
  public static final StoreFile<Map<String, TrustedIdentity>> IDENTITIES =
      new StoreFile<>("identities", new TypeReference<>() {});

  /** This device's sessions in the rooms it sends to, retired ones until they are dropped. */
  public static final StoreFile<List<OutboundRoomSession.State>> OUTBOUND =
      new StoreFile<>("outbound-sessions", new TypeReference<>() {});

  /** Every room session this device was given. */
  public static final StoreFile<List<InboundRoomSession.State>> INBOUND =
      new StoreFile<>("inbound-sessions", new TypeReference<>() {});

  /**
   * The key the user's key backup is sealed with, derived from the recovery key (which no file
   * holds), so that this device adds the room sessions it is given to the backup.
   */
  public static final StoreFile<BackupKey.State> BACKUP_KEY =
      new StoreFile<>("backup-key", new TypeReference<>() {});

  /** The local search index of encrypted rooms: each message's folded words, not its text. */
  public static final StoreFile<List<IndexedMessage>> SEARCH_INDEX =
      new StoreFile<>("search-index", new TypeReference<>() {});

  private final String name;
  private final TypeReference<T> type;

  StoreFile(String name, TypeReference<T> type) {
    this.name = name;
    this.type = type;
  }

  public String name() {
    return name;
  }

  TypeReference<T> type() {
    return type;
  }
}
