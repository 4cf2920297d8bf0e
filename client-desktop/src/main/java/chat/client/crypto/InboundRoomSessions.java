package chat.client.crypto;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every room session a device was given, per {@code (roomId, sender device, sessionId)}. A session
 * shared twice keeps the earlier of its chain keys; one that names another signing key than the
 * session already has is ignored, since the first key it came with is the one its messages are
 * checked against. Not thread-safe: its caller serializes access, as to the key store that keeps
 * these sessions.
 */
public final class InboundRoomSessions {

  private record Id(String roomId, DeviceAddress sender, SessionId sessionId) {}

  private final Map<Id, InboundRoomSession> sessions = new HashMap<>();

  /** Every session held, as saved across restarts. */
  public List<InboundRoomSession.State> states() {
    return sessions.values().stream().map(InboundRoomSession::state).toList();
  }

  /** The sessions as they were saved. */
  public static InboundRoomSessions restore(List<InboundRoomSession.State> states) {
    InboundRoomSessions restored = new InboundRoomSessions();
    for (InboundRoomSession.State state : states) {
      restored.sessions.put(idOf(state.earliest()), InboundRoomSession.restore(state));
    }
    return restored;
  }

  /**
   * Keeps {@code key}, which arrived in an envelope from {@code key.sender()} whose device record
   * the caller trusts and whose {@code DSK} is {@code key.signingKey()}.
   */
  public void add(RoomKey key) {
    InboundRoomSession held = sessions.putIfAbsent(idOf(key), new InboundRoomSession(key));
    if (held != null) {
      held.offer(key);
    }
  }

  /**
   * The earliest key held of the session {@code key} belongs to: {@code key} itself, an earlier
   * one, or the first one when {@code key} named another signing key.
   */
  public RoomKey earliest(RoomKey key) {
    InboundRoomSession held = sessions.get(idOf(key));
    return held == null ? key : held.earliest();
  }

  private static Id idOf(RoomKey key) {
    return new Id(key.roomId(), key.sender(), key.sessionId());
  }

  /**
   * @param roomId and {@code senderUserId}: where and from whom the server says the message is
   */
  public RoomDecryption decrypt(
      String roomId, String senderUserId, String messageId, EncryptedRoomMessage message) {
    Id id =
        new Id(roomId, new DeviceAddress(senderUserId, message.deviceId()), message.sessionId());
    InboundRoomSession session = sessions.get(id);
    return session == null ? new RoomDecryption.NoKey() : session.decrypt(messageId, message);
  }
}
