package chat.client.e2ee;

import org.junit.jupiter.api.extension.RegisterExtension;

class ServerKeepsNoMessageTextOnEmbeddedTest extends ServerKeepsNoMessageTextContract {

  @RegisterExtension final EncryptedChat chat = new EncryptedChat();

  @Override
  EncryptedChat chat() {
    return chat;
  }
}
