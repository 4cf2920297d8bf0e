package chat.client.e2ee;

import org.junit.jupiter.api.extension.RegisterExtension;

class RecoveryKeyHistoryOnRedisTest extends RecoveryKeyHistoryContract {

  @RegisterExtension final EncryptedChat chat = new EncryptedChat(true);

  @Override
  EncryptedChat chat() {
    return chat;
  }
}
