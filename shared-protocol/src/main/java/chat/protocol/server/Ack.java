package chat.protocol.server;

import chat.protocol.ProtocolJson;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * The success answer to a request. The server puts one of the {@code chat.protocol.result} records
 * in {@code result}, written as its own type; a client reads it back as a {@link JsonNode}, because
 * the frame does not say which request it answers, and converts it with {@link #result(Class)} once
 * it has matched the {@code requestId}.
 */
@JsonTypeName("ack")
public record Ack(String requestId, @JsonDeserialize(as = JsonNode.class) Object result)
    implements ServerFrame {

  /** The result as the type the matched request expects. */
  public <T> T result(Class<T> type) {
    return ProtocolJson.convert(result, type);
  }
}
