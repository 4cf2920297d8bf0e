package chat.client.crypto.store;

import chat.client.config.OwnerOnly;
import chat.client.crypto.AesGcm;
import chat.client.crypto.Lp;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

/**
 * The device's key store: one owner-only folder of files, each sealed with AES-256-GCM under the
 * 32-byte store key. A sealed file is a format byte {@code 01}, a random 12-byte nonce and the
 * ciphertext; its additional data is {@code LP("chat-store-file-v1", name)}, so a file copied over
 * another's name does not open. A file is written to a temporary file first and moved over the old
 * one, so a crash leaves the old file or the new one, never half of either.
 */
public final class DeviceKeyStore {

  private static final byte FORMAT = 0x01;
  private static final String CONTEXT = "chat-store-file-v1";
  private static final int NONCE_LENGTH = 12;
  private static final int KEY_LENGTH = 32;
  private static final String TEMP_SUFFIX = ".tmp";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path folder;
  private final byte[] storeKey;

  private DeviceKeyStore(Path folder, byte[] storeKey) {
    this.folder = folder;
    this.storeKey = storeKey.clone();
  }

  /** The store in {@code folder}, which is made owner-only (and created if missing). */
  public static DeviceKeyStore open(Path folder, byte[] storeKey) throws IOException {
    if (storeKey.length != KEY_LENGTH) {
      throw new IllegalArgumentException("a store key is " + KEY_LENGTH + " bytes");
    }
    OwnerOnly.folder(folder);
    return new DeviceKeyStore(folder, storeKey);
  }

  public <T> void write(StoreFile<T> file, T state) throws IOException {
    writeSealed(file.name(), StateCodec.encode(file, state));
  }

  /**
   * What {@code file} holds, or empty if it was never written.
   *
   * @throws UnreadableStoreFileException if it does not open or does not parse
   */
  public <T> Optional<T> read(StoreFile<T> file) throws IOException {
    Optional<byte[]> json = readSealed(file.name());
    return json.isEmpty() ? Optional.empty() : Optional.of(StateCodec.decode(file, json.get()));
  }

  /** Seals {@code plaintext} into the file {@code name}, replacing it at once. */
  private void writeSealed(String name, byte[] plaintext) throws IOException {
    byte[] nonce = new byte[NONCE_LENGTH];
    RANDOM.nextBytes(nonce);
    byte[] ciphertext = AesGcm.seal(storeKey, nonce, aad(name), plaintext);
    ByteBuffer sealed = ByteBuffer.allocate(1 + NONCE_LENGTH + ciphertext.length);
    sealed.put(FORMAT).put(nonce).put(ciphertext).flip();
    Path temp = folder.resolve(name + TEMP_SUFFIX);
    Files.deleteIfExists(temp);
    OwnerOnly.newFile(temp);
    try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      while (sealed.hasRemaining()) {
        out.write(sealed);
      }
      out.force(true);
    }
    Files.move(
        temp,
        folder.resolve(name),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  /** The opened file {@code name}, or empty if there is none; a temporary file is never read. */
  private Optional<byte[]> readSealed(String name) throws IOException {
    byte[] sealed;
    try {
      sealed = Files.readAllBytes(folder.resolve(name));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (sealed.length < 1 + NONCE_LENGTH || sealed[0] != FORMAT) {
      throw new UnreadableStoreFileException(
          "the key store's " + name + " is not a sealed file of this version");
    }
    byte[] nonce = Arrays.copyOfRange(sealed, 1, 1 + NONCE_LENGTH);
    byte[] ciphertext = Arrays.copyOfRange(sealed, 1 + NONCE_LENGTH, sealed.length);
    return Optional.of(
        AesGcm.open(storeKey, nonce, aad(name), ciphertext)
            .orElseThrow(
                () ->
                    new UnreadableStoreFileException(
                        "the key store's "
                            + name
                            + " does not open: it was altered, renamed or sealed under another"
                            + " store key")));
  }

  private static byte[] aad(String name) {
    return Lp.of(CONTEXT, name);
  }
}
