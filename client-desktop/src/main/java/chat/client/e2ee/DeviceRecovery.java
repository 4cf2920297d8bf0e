package chat.client.e2ee;

import chat.client.crypto.RecoveryKey;
import chat.client.crypto.store.DeviceKeys;
import java.io.IOException;
import java.util.Optional;

/**
 * Brings the user's identity key from the key backup to a device that needs it, with the recovery
 * key the person typed: checks the text, then the backup's check value, then that the backup's
 * identity key is the one the user publishes; only then keeps anything. Blocks on the server's
 * answers: {@link EndToEnd} calls it from its worker.
 */
final class DeviceRecovery {

  private final DeviceBootstrap bootstrap;
  private final KeyBackup backup;
  private final RoomReader reader;

  DeviceRecovery(DeviceBootstrap bootstrap, KeyBackup backup, RoomReader reader) {
    this.bootstrap = bootstrap;
    this.backup = backup;
    this.reader = reader;
  }

  /**
   * What entering {@code typed} came to, and the device as it now is when restored.
   *
   * @param device empty when nothing changed
   */
  record Outcome(RestoreResult result, Optional<DeviceKeys> device) {

    static Outcome refused(RestoreResult result) {
      return new Outcome(result, Optional.empty());
    }
  }

  /**
   * Restores {@code device}: the identity key kept and registered, the backup key kept, every room
   * session kept and the messages that waited for one read again.
   */
  Outcome restore(DeviceKeys device, String typed) throws IOException {
    Optional<RecoveryKey> recoveryKey = RecoveryKey.parse(typed);
    if (recoveryKey.isEmpty()) {
      return Outcome.refused(new RestoreResult.NotARecoveryKey());
    }
    return switch (backup.open(recoveryKey.get())) {
      case KeyBackup.Opening.NoBackup _ -> Outcome.refused(new RestoreResult.NoBackup());
      case KeyBackup.Opening.WrongKey _ -> Outcome.refused(new RestoreResult.WrongRecoveryKey());
      case KeyBackup.Opening.Opened opened -> restore(device, opened);
    };
  }

  private Outcome restore(DeviceKeys device, KeyBackup.Opening.Opened opened) throws IOException {
    Optional<DeviceKeys> adopted =
        opened.identity() == null ? Optional.empty() : bootstrap.adopt(device, opened.identity());
    if (adopted.isEmpty()) {
      return Outcome.refused(new RestoreResult.NoBackup());
    }
    backup.keep(opened.key());
    reader.addFromBackup(opened.sessions());
    return new Outcome(
        new RestoreResult.Restored(opened.sessions().size(), opened.unreadable()), adopted);
  }
}
