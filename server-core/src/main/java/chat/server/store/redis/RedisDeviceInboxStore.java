package chat.server.store.redis;

import chat.protocol.ProtocolJson;
import chat.protocol.model.DeviceEnvelope;
import chat.protocol.model.DeviceMessage;
import chat.server.store.DeviceInboxStore;
import chat.server.store.InboxEntry;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import redis.clients.jedis.Response;

/**
 * Inboxes under each device's tag ({@link DeviceKeyKeys#inbox}); each device's share of a send is
 * one acknowledged run of {@code append-device-messages.lua}, which numbers and stores it unless
 * the inbox would overflow. Inboxes of different devices lie in different slots, so a send checks
 * them all first and stores nothing when one is full; two sends to one nearly full inbox that pass
 * that check together meet the script's own check, and the later one's share there is not stored.
 */
final class RedisDeviceInboxStore implements DeviceInboxStore {

  /** A message as the inbox keeps it after its id. */
  private record Payload(String fromUserId, String fromDeviceId, DeviceEnvelope body) {}

  private final Redis redis;
  private final LuaScript appendScript = LuaScript.load("append-device-messages.lua");

  RedisDeviceInboxStore(Redis redis) {
    this.redis = redis;
  }

  @Override
  public Optional<List<DeviceMessage>> append(List<InboxEntry> entries, int capacity) {
    Map<String, List<InboxEntry>> byDevice = new LinkedHashMap<>();
    entries.forEach(
        entry -> byDevice.computeIfAbsent(entry.deviceId(), id -> new ArrayList<>()).add(entry));
    if (anyWouldOverflow(byDevice, capacity)) {
      return Optional.empty();
    }
    Map<InboxEntry, Long> ids = new IdentityHashMap<>(); // equal entries are still two messages
    for (Map.Entry<String, List<InboxEntry>> inbox : byDevice.entrySet()) {
      String deviceId = inbox.getKey();
      List<String> args = new ArrayList<>();
      args.add(Integer.toString(capacity));
      inbox
          .getValue()
          .forEach(
              entry ->
                  args.add(
                      ProtocolJson.encode(
                          new Payload(entry.fromUserId(), entry.fromDeviceId(), entry.body()))));
      Object reply =
          appendScript.runAcknowledged(
              redis,
              List.of(DeviceKeyKeys.inbox(deviceId), DeviceKeyKeys.inboxSeq(deviceId)),
              args);
      if (!(reply instanceof List<?> given)) {
        return Optional.empty();
      }
      for (int i = 0; i < given.size(); i++) {
        ids.put(inbox.getValue().get(i), (Long) given.get(i));
      }
    }
    return Optional.of(
        entries.stream()
            .map(
                entry ->
                    new DeviceMessage(
                        ids.get(entry), entry.fromUserId(), entry.fromDeviceId(), entry.body()))
            .toList());
  }

  private boolean anyWouldOverflow(Map<String, List<InboxEntry>> byDevice, int capacity) {
    Map<String, Long> pending =
        redis.pipelined(
            "count inboxes",
            pipeline -> {
              Map<String, Response<Long>> counts = new LinkedHashMap<>();
              byDevice
                  .keySet()
                  .forEach(id -> counts.put(id, pipeline.zcard(DeviceKeyKeys.inbox(id))));
              return () -> {
                Map<String, Long> answered = new LinkedHashMap<>();
                counts.forEach((id, count) -> answered.put(id, count.get()));
                return answered;
              };
            });
    return byDevice.entrySet().stream()
        .anyMatch(inbox -> pending.get(inbox.getKey()) + inbox.getValue().size() > capacity);
  }

  @Override
  public List<DeviceMessage> after(String deviceId, long after, int limit) {
    List<String> members =
        redis.call(
            "read inbox",
            jedis ->
                jedis.zrangeByScore(DeviceKeyKeys.inbox(deviceId), "(" + after, "+inf", 0, limit));
    return members.stream().map(RedisDeviceInboxStore::message).toList();
  }

  @Override
  public void acknowledge(String deviceId, long upTo) {
    redis.call(
        "acknowledge inbox",
        jedis ->
            jedis.zremrangeByScore(DeviceKeyKeys.inbox(deviceId), "-inf", Long.toString(upTo)));
  }

  private static DeviceMessage message(String member) {
    int space = member.indexOf(' ');
    Payload payload = ProtocolJson.decode(member.substring(space + 1), Payload.class);
    return new DeviceMessage(
        Long.parseLong(member.substring(0, space)),
        payload.fromUserId(),
        payload.fromDeviceId(),
        payload.body());
  }
}
