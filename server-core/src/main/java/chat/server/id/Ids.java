package chat.server.id;

import java.security.SecureRandom;

/**
 * Makes the opaque ids of users, rooms, sessions and files: a type prefix and 20 random base-32
 * letters (100 bits), unguessable and safe in URLs. Accounts and sessions (auth) and rooms (chat)
 * both make ids, so this sits below both.
 */
public final class Ids {

  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final int RANDOM_CHARS = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Ids() {}

  public static String user() {
    return random("u_");
  }

  public static String room() {
    return random("r_");
  }

  public static String session() {
    return random("s_");
  }

  /** An uploaded file's id; it says nothing about the file's room. */
  public static String file() {
    return random("f_");
  }

  /** An invite's code: what a newcomer holds, so as unguessable as a session id. */
  public static String invite() {
    return random("i_");
  }

  /** A version of a user's key backup; a new version makes the old one's uploads stale. */
  public static String backupVersion() {
    return random("b_");
  }

  /** An id for one refresh token of a session; rotation replaces it. */
  public static String token() {
    return random("t_");
  }

  private static String random(String prefix) {
    byte[] bytes = new byte[RANDOM_CHARS];
    RANDOM.nextBytes(bytes);
    StringBuilder id = new StringBuilder(prefix.length() + RANDOM_CHARS).append(prefix);
    for (byte b : bytes) {
      id.append(ALPHABET[b & 31]);
    }
    return id.toString();
  }
}
