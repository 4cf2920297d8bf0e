package chat.protocol;

import java.util.regex.Pattern;

/**
 * The protocol's default limits, in one place so that client checks, server checks and {@code GET
 * /api/info} agree. "Characters" means Unicode code points, so an emoji counts once even though it
 * takes two UTF-16 units.
 */
public final class Limits {

  /** Message content, in code points, once leading and trailing whitespace is stripped. */
  public static final int MAX_CONTENT_CHARS = 4000;

  /** A socket frame larger than this is answered with {@code PAYLOAD_TOO_LARGE}, unparsed. */
  public static final int MAX_FRAME_BYTES = 65536;

  /** A socket frame larger than this may close the connection (code 1009). */
  public static final int MAX_FRAME_BYTES_BEFORE_CLOSE = 1048576;

  /** One uploaded file: 25 MiB. */
  public static final long MAX_FILE_BYTES = 26214400;

  /** A room name, in code points, once trimmed. */
  public static final int MAX_ROOM_NAME_CHARS = 64;

  /** A display name, in code points, once trimmed; it is stored trimmed. */
  public static final int MAX_DISPLAY_NAME_CHARS = 64;

  public static final int USERNAME_MIN = 3;
  public static final int USERNAME_MAX = 32;

  /** A username: {@value #USERNAME_MIN} to {@value #USERNAME_MAX} of {@code A-Z a-z 0-9 _ . -}. */
  public static final Pattern USERNAME_PATTERN =
      Pattern.compile("[A-Za-z0-9_.-]{" + USERNAME_MIN + "," + USERNAME_MAX + "}");

  public static final int PASSWORD_MIN_CHARS = 8;
  public static final int PASSWORD_MAX_CHARS = 128;

  /** bcrypt ignores every byte after the 72nd, so a longer password would be silently cut. */
  public static final int PASSWORD_MAX_UTF8_BYTES = 72;

  public static final int HISTORY_DEFAULT_LIMIT = 50;
  public static final int HISTORY_MAX_LIMIT = 100;
  public static final int SEARCH_DEFAULT_LIMIT = 20;
  public static final int SEARCH_MAX_LIMIT = 100;
  public static final int PRESENCE_QUERY_MAX_USERS = 1000;

  /** Messages per room in one {@code sync} answer; {@code hasMore} tells the client to page on. */
  public static final int SYNC_MAX_PER_ROOM = 100;

  /** Rooms (cursors) in one {@code sync} request. */
  public static final int SYNC_MAX_ROOMS = 1000;

  /** Users in one answer of {@code GET /api/users?query=}. */
  public static final int USER_SEARCH_MAX = 20;

  /** Any id on the wire: requestId, clientMsgId, roomId, userId, messageId, threadId… */
  public static final int MAX_ID_CHARS = 128;

  public static final int MAX_ROOM_MEMBERS_ON_CREATE = 1000;

  /** The longest timed ban or mute, in seconds (366 days); a ban may also be for good. */
  public static final long MAX_MODERATION_SECONDS = 31_622_400;

  /** The longest slow-mode interval, in seconds (6 hours); 0 turns slow mode off. */
  public static final int MAX_SLOW_MODE_SECONDS = 21_600;

  public static final int MAX_ATTACHMENTS_PER_MESSAGE = 10;
  public static final int MAX_SEARCH_QUERY_CHARS = 500;
  public static final int MAX_EMOJI_CHARS = 64;

  /** Distinct emoji among one message's reactions; a reaction with one more is refused. */
  public static final int MAX_REACTION_EMOJI = 20;

  /** Pinned messages in one room; pinning one more is refused until one is unpinned. */
  public static final int MAX_PINS_PER_ROOM = 50;

  /**
   * Read cursors in one {@code read.cursors} answer: the furthest along, which are the ones a "seen
   * by" line names; a room of thousands of members answers no more than this.
   */
  public static final int READ_CURSORS_MAX = 100;

  /** An encrypted message's {@code ciphertext}, in base64url characters. */
  public static final int MAX_CIPHERTEXT_CHARS = 65_536;

  private Limits() {}

  /** The length in code points of {@code text} without leading and trailing whitespace. */
  public static int codePointLengthTrimmed(String text) {
    return codePointLength(text.strip());
  }

  /** The length in code points, the protocol's unit of "characters". */
  public static int codePointLength(String text) {
    return text.codePointCount(0, text.length());
  }
}
