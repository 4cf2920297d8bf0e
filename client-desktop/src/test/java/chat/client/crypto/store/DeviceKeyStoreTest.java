package chat.client.crypto.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.client.crypto.SigningKeyPair;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key store's files: sealed, owner-only, bound to their names, replaced atomically. */
class DeviceKeyStoreTest {

  private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

  @TempDir Path dataDir;

  private final byte[] storeKey = randomKey();
  private final Map<String, TrustedIdentity> bobTrusted =
      Map.of("u-bob", new TrustedIdentity(SigningKeyPair.generate().publicKey(), true, NOW));
  private final Map<String, TrustedIdentity> carolTrusted =
      Map.of("u-carol", new TrustedIdentity(SigningKeyPair.generate().publicKey(), false, NOW));

  @Test
  void whatIsWrittenIsReadBackByAStoreOpenedLater() throws Exception {
    DeviceKeyStore.open(store(), storeKey).write(StoreFile.IDENTITIES, bobTrusted);

    Map<String, TrustedIdentity> back =
        DeviceKeyStore.open(store(), storeKey).read(StoreFile.IDENTITIES).orElseThrow();

    assertThat(back.get("u-bob").publicKey()).isEqualTo(bobTrusted.get("u-bob").publicKey());
  }

  @Test
  void aFileNeverWrittenReadsAsEmpty() throws Exception {
    assertThat(DeviceKeyStore.open(store(), storeKey).read(StoreFile.DEVICE)).isEmpty();
  }

  @Test
  void theFolderAndItsFilesAreOwnerOnlyAndHoldNoPlaintext() throws Exception {
    Files.createDirectories(
        store(),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

    DeviceKeyStore.open(store(), storeKey).write(StoreFile.IDENTITIES, bobTrusted);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store())))
        .isEqualTo("rwx------");
    Path file = store().resolve("identities");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).doesNotContain("u-bob");
  }

  @Test
  void aTamperedFileIsRefusedByName() throws Exception {
    DeviceKeyStore.open(store(), storeKey).write(StoreFile.IDENTITIES, bobTrusted);
    Path file = store().resolve("identities");
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(file, bytes);

    assertThatThrownBy(() -> DeviceKeyStore.open(store(), storeKey).read(StoreFile.IDENTITIES))
        .isInstanceOf(UnreadableStoreFileException.class)
        .hasMessageContaining("identities does not open");
  }

  @Test
  void aTruncatedFileIsRefused() throws Exception {
    DeviceKeyStore.open(store(), storeKey).write(StoreFile.IDENTITIES, bobTrusted);
    Path file = store().resolve("identities");
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 1));

    assertThatThrownBy(() -> DeviceKeyStore.open(store(), storeKey).read(StoreFile.IDENTITIES))
        .isInstanceOf(UnreadableStoreFileException.class);
  }

  @Test
  void aFileMovedOverAnotherFilesNameIsRefused() throws Exception {
    DeviceKeyStore keyStore = DeviceKeyStore.open(store(), storeKey);
    keyStore.write(StoreFile.INBOUND, List.of());
    keyStore.write(StoreFile.OUTBOUND, List.of());

    Files.move(
        store().resolve("inbound-sessions"),
        store().resolve("outbound-sessions"),
        StandardCopyOption.REPLACE_EXISTING);

    assertThatThrownBy(() -> keyStore.read(StoreFile.OUTBOUND))
        .isInstanceOf(UnreadableStoreFileException.class)
        .hasMessageContaining("outbound-sessions does not open");
  }

  @Test
  void anotherStoreKeyOpensNothing() throws Exception {
    DeviceKeyStore.open(store(), storeKey).write(StoreFile.IDENTITIES, bobTrusted);

    assertThatThrownBy(() -> DeviceKeyStore.open(store(), randomKey()).read(StoreFile.IDENTITIES))
        .isInstanceOf(UnreadableStoreFileException.class);
  }

  @Test
  void aWriteInterruptedBeforeItsMoveLeavesTheOldContentAndTheNextWriteSucceeds() throws Exception {
    DeviceKeyStore.open(store(), storeKey).write(StoreFile.IDENTITIES, bobTrusted);
    Files.write(store().resolve("identities.tmp"), new byte[] {0x01, 0x02, 0x03});

    DeviceKeyStore reopened = DeviceKeyStore.open(store(), storeKey);
    assertThat(reopened.read(StoreFile.IDENTITIES).orElseThrow()).containsOnlyKeys("u-bob");

    reopened.write(StoreFile.IDENTITIES, carolTrusted);
    assertThat(reopened.read(StoreFile.IDENTITIES).orElseThrow()).containsOnlyKeys("u-carol");
    assertThat(store().resolve("identities.tmp")).doesNotExist();
  }

  @Test
  void aStoreKeyOfTheWrongLengthIsRefused() {
    assertThatThrownBy(() -> DeviceKeyStore.open(store(), new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private Path store() {
    return dataDir.resolve("crypto");
  }

  private static byte[] randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }
}
