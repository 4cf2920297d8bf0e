package chat.server.store;

/** What became of an attempt to use an invite; only {@link #ADMITTED} changed anything. */
public enum InviteUse {
  /** One use was taken. */
  ADMITTED,
  /** No invite has that code. */
  UNKNOWN,
  /** The invite is past its expiry. */
  EXPIRED,
  /** Every use of the invite is taken. */
  USED_UP
}
