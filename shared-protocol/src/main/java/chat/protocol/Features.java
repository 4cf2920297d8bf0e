package chat.protocol;

/**
 * The names a server lists in {@code GET /api/info}'s {@code features}: the optional parts of the
 * protocol it serves. A client offers a part only when its name is listed. The server's list and
 * the client's checks both name these constants, so the two cannot drift apart.
 */
public final class Features {

  /** {@code message.search}: full-text search of history. */
  public static final String SEARCH = "search";

  /** {@code presence.query} and {@code presence} events. */
  public static final String PRESENCE = "presence";

  /** {@code typing} requests and events. */
  public static final String TYPING = "typing";

  /** {@code read} requests and {@code read} events (read receipts). */
  public static final String RECEIPTS = "receipts";

  /** {@code read.cursors}: where the other members of a room have read up to. */
  public static final String READ_CURSORS = "read-cursors";

  /** File and image attachments ({@code attachmentIds} on {@code message.send}). */
  public static final String FILES = "files";

  /** {@code reaction.add}, {@code reaction.remove} and {@code reaction.updated}. */
  public static final String REACTIONS = "reactions";

  /**
   * {@code message.edit}, {@code message.delete}, {@code message.updated} and {@code
   * message.deleted}.
   */
  public static final String EDITS = "edits";

  /** {@code message.pin}, {@code message.unpin}, {@code room.pins} and {@code pins.updated}. */
  public static final String PINS = "pins";

  /** Replies in threads: {@code threadId} on {@code message.send}, and {@code thread.history}. */
  public static final String THREADS = "threads";

  /**
   * Mentions read by the server: {@code mentions} and {@code mentionsRoom} on messages (left out
   * when a message mentions nobody) and {@code mentionCount} in {@code room.list}.
   */
  public static final String MENTIONS = "at-mentions";

  /**
   * Room roles and moderation: {@code room.role}, {@code room.transfer}, {@code room.kick}, {@code
   * room.ban}, {@code room.unban}, {@code room.mute}, {@code room.unmute}, {@code room.slowmode},
   * {@code room.moderation}, and the {@code member.updated} and {@code slowmode.updated} events.
   */
  public static final String MODERATION = "moderation";

  /**
   * Two-factor sign-in: {@code /api/auth/2fa/*}, {@code POST /api/auth/login/second-factor} and
   * {@code /api/admin/two-factor}.
   */
  public static final String TWO_FACTOR = "two-factor";

  /**
   * The server side of end-to-end encryption: encrypted rooms and messages ({@code encrypted}),
   * {@code /api/keys/*} (identity keys, devices, key backup), {@code keys.changed}, and device
   * messages ({@code device.send}, {@code device.inbox}, {@code device.ack}, {@code
   * device.message}).
   */
  public static final String E2EE = "e2ee";

  private Features() {}
}
