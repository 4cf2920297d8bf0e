package chat.client.e2ee;

import chat.protocol.ProtocolJson;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The plaintext of a room message: {@code {"body": text}} plus {@code mentions} when any. */
record MessagePlaintext(
    String body, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> mentions) {

  byte[] encode() {
    try {
      return ProtocolJson.mapper().writeValueAsBytes(this);
    } catch (IOException e) {
      throw new IllegalStateException("a message did not write as JSON", e);
    }
  }

  static Optional<MessagePlaintext> decode(byte[] plaintext) {
    try {
      MessagePlaintext read = ProtocolJson.mapper().readValue(plaintext, MessagePlaintext.class);
      return read.body() == null ? Optional.empty() : Optional.of(read);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  List<String> mentionsOrNone() {
    return mentions == null ? List.of() : mentions;
  }
}
