package chat.protocol.http;

import chat.protocol.Require;

/**
 * The body of {@code POST /api/admin/invites} and {@code POST /api/rooms/{roomId}/invites}: how
 * many registrations the invite admits and for how long, both bounded so that a forgotten invite
 * does not stay open for good, and for a room invite the room ({@code roomId}, set by the server
 * from the path of the room's route).
 */
public record InviteRequest(Integer maxUses, Long expiresInSeconds, String roomId) {

  public static final int MAX_USES = 1_000;
  public static final long MIN_SECONDS = 60;
  public static final long MAX_SECONDS = 30L * 24 * 3600;

  public InviteRequest {
    Require.present(maxUses, "maxUses");
    Require.present(expiresInSeconds, "expiresInSeconds");
    Require.optionalId(roomId, "roomId");
    if (maxUses < 1 || maxUses > MAX_USES) {
      throw Require.invalid("maxUses", "maxUses must be 1–" + MAX_USES);
    }
    if (expiresInSeconds < MIN_SECONDS || expiresInSeconds > MAX_SECONDS) {
      throw Require.invalid(
          "expiresInSeconds", "expiresInSeconds must be " + MIN_SECONDS + "–" + MAX_SECONDS);
    }
  }

  /** A registration invite, for no room. */
  public InviteRequest(Integer maxUses, Long expiresInSeconds) {
    this(maxUses, expiresInSeconds, null);
  }

  /** The same request for {@code room}. */
  public InviteRequest forRoom(String room) {
    return new InviteRequest(maxUses, expiresInSeconds, room);
  }
}
