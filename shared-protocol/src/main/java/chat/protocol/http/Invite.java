package chat.protocol.http;

/**
 * An invite to register: its {@code code} (what a newcomer sends), who made it and when, when it
 * expires (epoch milliseconds), and how many of its {@code maxUses} are {@code used}. A room invite
 * has the {@code roomId} its users land in; a registration invite leaves it out.
 */
public record Invite(
    String code,
    String createdBy,
    long createdAt,
    long expiresAt,
    int maxUses,
    int used,
    String roomId) {

  /** A registration invite, for no room. */
  public Invite(
      String code, String createdBy, long createdAt, long expiresAt, int maxUses, int used) {
    this(code, createdBy, createdAt, expiresAt, maxUses, used, null);
  }
}
