package chat.client.crypto;

import java.time.Clock;
import java.time.Duration;

/**
 * When a sending device starts a new room session instead of using its current one: after {@value
 * OutboundRoomSession#MAX_MESSAGES} messages, after {@link #MAX_AGE}, or once the session was
 * retired because the room's members or their devices changed. A session's age and length bound
 * what one stolen chain key reads (there is no forward secrecy inside a session, by design).
 */
public final class SessionRotation {

  public static final Duration MAX_AGE = Duration.ofDays(7);

  private final Clock clock;

  public SessionRotation(Clock clock) {
    this.clock = clock;
  }

  public boolean isDue(OutboundRoomSession session) {
    return session.retired()
        || session.messagesEncrypted() >= OutboundRoomSession.MAX_MESSAGES
        || !clock.instant().isBefore(session.createdAt().plus(MAX_AGE));
  }
}
