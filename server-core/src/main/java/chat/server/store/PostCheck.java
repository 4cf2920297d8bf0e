package chat.server.store;

/**
 * What {@link ModerationStore#claimPost} found: the sender may post, is muted until {@code
 * mutedUntil}, or must wait {@code retryAfterMs} for the room's slow mode. Zero means "no" in each.
 */
public record PostCheck(long mutedUntil, long retryAfterMs) {

  public static final PostCheck ALLOWED = new PostCheck(0, 0);

  public boolean allowed() {
    return mutedUntil == 0 && retryAfterMs == 0;
  }
}
