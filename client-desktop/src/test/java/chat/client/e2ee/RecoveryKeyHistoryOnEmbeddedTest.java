package chat.client.e2ee;

import org.junit.jupiter.api.extension.RegisterExtension;

class RecoveryKeyHistoryOnEmbeddedTest extends RecoveryKeyHistoryContract {

  @RegisterExtension final EncryptedChat chat = new EncryptedChat();

  @Override
  EncryptedChat chat() {
    return chat;
  }
}
