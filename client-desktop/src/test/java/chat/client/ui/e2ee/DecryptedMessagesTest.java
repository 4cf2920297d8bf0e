package chat.client.ui.e2ee;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.e2ee.DecryptedText;
import chat.protocol.Base64Url;
import chat.protocol.model.EncryptedContent;
import chat.protocol.model.Message;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What messages of encrypted rooms show as, in the chat and in notifications. */
class DecryptedMessagesTest {

  private final Map<String, DecryptedText> read = new HashMap<>();
  private final DecryptedMessages texts =
      new DecryptedMessages(id -> Optional.ofNullable(read.get(id)));

  @Test
  void aReadMessageShowsItsTextAndWhomItMentions() {
    read.put("m1", new DecryptedText.Readable("hi @bob", List.of("u-bob")));

    Message shown = texts.shown(encrypted("m1"));

    assertThat(shown.content()).isEqualTo("hi @bob");
    assertThat(shown.mentions()).containsExactly("u-bob");
    assertThat(shown.encrypted()).isNotNull();
    assertThat(texts.unreadable(shown)).isEmpty();
    assertThat(texts.notified(encrypted("m1")).content()).isEqualTo("hi @bob");
  }

  @Test
  void eachMessageThatReadsAsNoTextSaysWhyInItsPlace() {
    read.put("tampered", new DecryptedText.Tampered());
    read.put("forged", new DecryptedText.Forged());
    read.put("replayed", new DecryptedText.Replayed("m0"));
    read.put("malformed", new DecryptedText.Malformed());
    read.put("waiting", new DecryptedText.NoKeyYet());

    assertThat(
            List.of("unread", "waiting", "tampered", "forged", "replayed", "malformed").stream()
                .map(id -> texts.shown(encrypted(id)).content()))
        .containsExactly(
            "Waiting for this message's key…",
            "Waiting for this message's key…",
            "This message was tampered with",
            "Forged: the signature does not match its sender",
            "Replayed: this message was already received",
            "Unreadable message");
    assertThat(texts.unreadable(encrypted("forged")))
        .isEqualTo("Forged: the signature does not match its sender");
  }

  @Test
  void aNotificationOfAMessageNotReadSaysEncryptedMessage() {
    assertThat(texts.notified(encrypted("unread")).content()).isEqualTo("Encrypted message");
  }

  @Test
  void aMessageOfARoomInClearShowsAsItIs() {
    Message plain = Message.text("m2", "r1", "u-bob", "bob", "in clear", 1L, null);

    assertThat(texts.shown(plain)).isSameAs(plain);
    assertThat(texts.unreadable(plain)).isEmpty();
  }

  private static Message encrypted(String messageId) {
    return Message.text(messageId, "r1", "u-bob", "bob", "", 1L, null)
        .withEncrypted(
            new EncryptedContent(
                1,
                "device-of-bob-0001",
                Base64Url.encode(new byte[16]),
                0,
                "Y2lwaGVy",
                Base64Url.encode(new byte[64])));
  }
}
