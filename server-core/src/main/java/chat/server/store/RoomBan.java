package chat.server.store;

/**
 * A user kept out of a room by {@code bannedBy} since {@code bannedAt}, until {@code until} (epoch
 * ms, server clock), or for good when {@code until} is null. A ban past its {@code until} has
 * ended: stores keep it until it is replaced or lifted, and never report it.
 */
public record RoomBan(String userId, String bannedBy, long bannedAt, Long until) {

  /** Whether the ban still keeps the user out at {@code now}. */
  public boolean inForceAt(long now) {
    return until == null || until > now;
  }
}
