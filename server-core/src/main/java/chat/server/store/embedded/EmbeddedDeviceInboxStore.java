package chat.server.store.embedded;

import chat.protocol.ProtocolJson;
import chat.protocol.model.DeviceEnvelope;
import chat.protocol.model.DeviceMessage;
import chat.server.store.DeviceInboxStore;
import chat.server.store.InboxEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Inboxes in {@code device_messages} (schema 16), numbered by their device's {@code inbox_seq}, so
 * ids keep growing after acknowledged messages are gone. An append is one transaction: the check of
 * every inbox's room and every insert, so a refused send stores nothing.
 */
final class EmbeddedDeviceInboxStore implements DeviceInboxStore {

  private final Database db;

  EmbeddedDeviceInboxStore(Database db) {
    this.db = db;
  }

  @Override
  public Optional<List<DeviceMessage>> append(List<InboxEntry> entries, int capacity) {
    return db.inTransaction(
        () -> {
          Map<String, Integer> added = new HashMap<>();
          entries.forEach(entry -> added.merge(entry.deviceId(), 1, Integer::sum));
          for (Map.Entry<String, Integer> inbox : added.entrySet()) {
            if (pending(inbox.getKey()) + inbox.getValue() > capacity) {
              return Optional.empty();
            }
          }
          List<DeviceMessage> stored = new ArrayList<>();
          for (InboxEntry entry : entries) {
            db.update(
                "UPDATE devices SET inbox_seq = inbox_seq + 1 WHERE device_id = ?",
                entry.deviceId());
            long id =
                db.queryFirst(
                        "SELECT inbox_seq FROM devices WHERE device_id = ?",
                        row -> row.getLong(1),
                        entry.deviceId())
                    .orElseThrow();
            db.update(
                "INSERT INTO device_messages (device_id, id, from_user_id, from_device_id, body)"
                    + " VALUES (?, ?, ?, ?, ?)",
                entry.deviceId(),
                id,
                entry.fromUserId(),
                entry.fromDeviceId(),
                ProtocolJson.encode(entry.body()));
            stored.add(
                new DeviceMessage(id, entry.fromUserId(), entry.fromDeviceId(), entry.body()));
          }
          return Optional.of(stored);
        });
  }

  @Override
  public List<DeviceMessage> after(String deviceId, long after, int limit) {
    return db.query(
        "SELECT id, from_user_id, from_device_id, body FROM device_messages"
            + " WHERE device_id = ? AND id > ? ORDER BY id LIMIT ?",
        row ->
            new DeviceMessage(
                row.getLong(1),
                row.getString(2),
                row.getString(3),
                ProtocolJson.decode(row.getString(4), DeviceEnvelope.class)),
        deviceId,
        after,
        limit);
  }

  @Override
  public void acknowledge(String deviceId, long upTo) {
    db.update("DELETE FROM device_messages WHERE device_id = ? AND id <= ?", deviceId, upTo);
  }

  private long pending(String deviceId) {
    return db.queryFirst(
            "SELECT count(*) FROM device_messages WHERE device_id = ?",
            row -> row.getLong(1),
            deviceId)
        .orElse(0L);
  }
}
