package chat.server.store.redis;

import chat.protocol.http.BackupItem;
import chat.server.store.KeyBackup;
import chat.server.store.KeyBackupStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Key backups under the user's tag ({@link DeviceKeyKeys#backup}): a new version replaces the
 * backup and drops its items in one transaction, and {@code put-backup-items.lua} checks the
 * version and the count and stores items in one step.
 */
final class RedisKeyBackupStore implements KeyBackupStore {

  private final Redis redis;
  private final LuaScript putScript = LuaScript.load("put-backup-items.lua");

  RedisKeyBackupStore(Redis redis) {
    this.redis = redis;
  }

  @Override
  public void create(String userId, String version, String algorithm, String authData) {
    redis.atomically(
        "start key backup",
        DeviceKeyKeys.backup(userId),
        transaction -> {
          transaction.del(
              DeviceKeyKeys.backup(userId),
              DeviceKeyKeys.backupItems(userId),
              DeviceKeyKeys.backupItemIds(userId));
          transaction.hset(
              DeviceKeyKeys.backup(userId),
              Map.of("version", version, "algorithm", algorithm, "authData", authData));
        });
  }

  @Override
  public Optional<KeyBackup> find(String userId) {
    Map<String, String> backup =
        redis.call("read key backup", jedis -> jedis.hgetAll(DeviceKeyKeys.backup(userId)));
    if (backup.isEmpty()) {
      return Optional.empty();
    }
    long count =
        redis.call("count backup items", jedis -> jedis.hlen(DeviceKeyKeys.backupItems(userId)));
    return Optional.of(
        new KeyBackup(
            backup.get("version"), backup.get("algorithm"), backup.get("authData"), count));
  }

  @Override
  public ItemsOutcome putItems(
      String userId, String version, List<BackupItem> items, int maxItems) {
    List<String> args = new ArrayList<>(List.of(version, Integer.toString(maxItems)));
    items.forEach(
        item -> {
          args.add(item.itemId());
          args.add(item.data());
        });
    Object reply =
        putScript.runAcknowledged(
            redis,
            List.of(
                DeviceKeyKeys.backup(userId),
                DeviceKeyKeys.backupItems(userId),
                DeviceKeyKeys.backupItemIds(userId)),
            args);
    return ItemsOutcome.valueOf((String) reply);
  }

  @Override
  public List<BackupItem> items(String userId, String after, int limit) {
    List<String> ids =
        redis.call(
            "page backup items",
            jedis ->
                jedis.zrangeByLex(
                    DeviceKeyKeys.backupItemIds(userId),
                    after.isEmpty() ? "-" : "(" + after,
                    "+",
                    0,
                    limit));
    if (ids.isEmpty()) {
      return List.of();
    }
    List<String> data =
        redis.call(
            "read backup items",
            jedis -> jedis.hmget(DeviceKeyKeys.backupItems(userId), ids.toArray(String[]::new)));
    List<BackupItem> items = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      if (data.get(i) != null) {
        items.add(new BackupItem(ids.get(i), data.get(i)));
      }
    }
    return items;
  }

  @Override
  public boolean delete(String userId) {
    return redis.call(
            "delete key backup",
            jedis ->
                jedis.del(
                    DeviceKeyKeys.backup(userId),
                    DeviceKeyKeys.backupItems(userId),
                    DeviceKeyKeys.backupItemIds(userId)))
        > 0;
  }
}
