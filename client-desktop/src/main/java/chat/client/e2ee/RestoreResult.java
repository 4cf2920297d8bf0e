package chat.client.e2ee;

/** What entering a recovery key on a device that needs the identity key came to. */
public sealed interface RestoreResult {

  /**
   * The identity key and the room sessions came back from the key backup: the device is set up and
   * reads the history those sessions open.
   *
   * @param sessions how many room sessions the backup gave
   * @param unreadable how many of its items did not open (altered or moved on the server)
   */
  record Restored(int sessions, int unreadable) implements RestoreResult {}

  /** The text is not a recovery key: a character is mistyped, missing or one too many. */
  record NotARecoveryKey() implements RestoreResult {}

  /** A well-formed recovery key, but not the one the backup was made with; nothing changed. */
  record WrongRecoveryKey() implements RestoreResult {}

  /** The server holds no backup of the identity key this account publishes; nothing changed. */
  record NoBackup() implements RestoreResult {}
}
