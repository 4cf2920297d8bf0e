package chat.client.ui.e2ee;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.net.ServerAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where each user's key store goes, and why encryption is not offered. */
class EncryptionTest {

  @Test
  void eachUserOfEachServerHasAKeyStoreFolderOfTheirOwn() {
    Path data = Path.of("data");

    assertThat(Encryption.folderOf(data, ServerAddress.parse("10.0.0.5:5000"), "u-1"))
        .isEqualTo(data.resolve("crypto").resolve("10_0_0_5_5000").resolve("u-1"));
    assertThat(Encryption.folderOf(data, ServerAddress.parse("https://[::1]:8443"), ".."))
        .isEqualTo(data.resolve("crypto").resolve("___1__8443").resolve("__"));
  }

  @Test
  void encryptionNotReadySaysWhyInOneSentence() {
    assertThat(Encryption.whyNot(Encryption.Status.READY, "")).isEmpty();
    assertThat(Encryption.whyNot(Encryption.Status.NEEDS_IDENTITY, ""))
        .isEqualTo(
            "Your security key is on another device: this device cannot encrypt until it has it.");
    assertThat(Encryption.whyNot(Encryption.Status.FAILED, "the keyring is locked"))
        .isEqualTo("Encryption could not be set up on this device: the keyring is locked");
  }

  @Test
  void withoutEncryptionNothingCanBeEncrypted() {
    Encryption off = Encryption.off();

    assertThat(off.readyProperty().get()).isFalse();
    assertThat(off.whyNotProperty().get())
        .isEqualTo("This server does not offer end-to-end encryption.");
    assertThat(off.send("r1", null, "hi", java.util.List.of())).isCompletedExceptionally();
  }
}
