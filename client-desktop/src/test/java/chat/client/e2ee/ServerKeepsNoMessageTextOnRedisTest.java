package chat.client.e2ee;

import org.junit.jupiter.api.extension.RegisterExtension;

class ServerKeepsNoMessageTextOnRedisTest extends ServerKeepsNoMessageTextContract {

  @RegisterExtension final EncryptedChat chat = new EncryptedChat(true);

  @Override
  EncryptedChat chat() {
    return chat;
  }
}
