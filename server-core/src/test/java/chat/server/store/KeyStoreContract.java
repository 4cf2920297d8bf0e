package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.Base64Url;
import chat.protocol.http.DeviceKeys;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link KeyStore} must do with identity keys and devices. */
public abstract class KeyStoreContract extends StorageContract {

  private KeyStore keys() {
    return storage.ports().keys();
  }

  private static String key(int fill) {
    byte[] bytes = new byte[32];
    Arrays.fill(bytes, (byte) fill);
    return Base64Url.encode(bytes);
  }

  private static StoredDevice device(String userId, String sessionId, String deviceId, int fill) {
    return new StoredDevice(
        userId,
        sessionId,
        new DeviceKeys(deviceId, key(fill), key(fill + 1), Base64Url.encode(new byte[64])));
  }

  @Test
  void theFirstIdentityKeyStaysUntilReplaced() {
    assertThat(keys().identityKey("u1")).isEmpty();

    assertThat(keys().setIdentityKeyIfAbsent("u1", key(1))).isEqualTo(key(1));
    assertThat(keys().setIdentityKeyIfAbsent("u1", key(2))).isEqualTo(key(1));
    assertThat(keys().identityKey("u1")).contains(key(1));
  }

  @Test
  void replacingTheIdentityKeyRemovesEveryDeviceOfTheUserAndNoOneElses() {
    keys().setIdentityKeyIfAbsent("u1", key(1));
    StoredDevice laptop = device("u1", "s1", "laptop-device-0001", 10);
    StoredDevice phone = device("u1", "s2", "phone-device-00001", 20);
    StoredDevice others = device("u2", "s3", "other-device-00001", 30);
    List.of(laptop, phone, others).forEach(keys()::putDevice);

    List<StoredDevice> removed = keys().replaceIdentityKey("u1", key(2));

    assertThat(removed).containsExactlyInAnyOrder(laptop, phone);
    assertThat(keys().identityKey("u1")).contains(key(2));
    assertThat(keys().devices("u1")).isEmpty();
    assertThat(keys().device(laptop.deviceId())).isEmpty();
    assertThat(keys().removeDeviceOfSession("s1")).isEmpty();
    assertThat(keys().devices("u2")).containsExactly(others);
    assertThat(keys().putDevice(device("u2", "s4", laptop.deviceId(), 40)))
        .isEqualTo(KeyStore.DeviceClaim.STORED);
  }

  @Test
  void aSessionHasOneDeviceWhichItReplacesAndAnotherSessionCannotTake() {
    StoredDevice first = device("u1", "s1", "first-device-00001", 10);
    StoredDevice again = device("u1", "s1", first.deviceId(), 50);
    StoredDevice second = device("u1", "s1", "second-device-0001", 60);

    assertThat(keys().putDevice(first)).isEqualTo(KeyStore.DeviceClaim.STORED);
    assertThat(keys().putDevice(again)).isEqualTo(KeyStore.DeviceClaim.STORED);
    assertThat(keys().devices("u1")).containsExactly(again);
    assertThat(keys().putDevice(device("u2", "s2", first.deviceId(), 70)))
        .isEqualTo(KeyStore.DeviceClaim.TAKEN);
    assertThat(keys().putDevice(second)).isEqualTo(KeyStore.DeviceClaim.STORED);
    assertThat(keys().devices("u1")).containsExactly(second);
    assertThat(keys().device(first.deviceId())).isEmpty();
    assertThat(keys().device(second.deviceId())).contains(second);
  }

  @Test
  void theEndOfASessionRemovesItsDeviceOnce() {
    StoredDevice laptop = device("u1", "s1", "laptop-device-0001", 10);
    StoredDevice phone = device("u1", "s2", "phone-device-00001", 20);
    keys().putDevice(laptop);
    keys().putDevice(phone);

    assertThat(keys().removeDeviceOfSession("s1")).contains(laptop);
    assertThat(keys().removeDeviceOfSession("s1")).isEmpty();
    assertThat(keys().devices("u1")).containsExactly(phone);
    assertThat(keys().device(laptop.deviceId())).isEmpty();
  }
}
