package chat.protocol.client;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The direct room of the caller and {@code userId}: the same room every time. {@code encrypted}
 * (true) makes it end-to-end encrypted if this call creates it; a direct room that exists is
 * returned as it is.
 */
@JsonTypeName("dm.open")
public record DmOpen(
    String requestId, String userId, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean encrypted)
    implements ClientFrame {

  public DmOpen {
    Require.requestId(requestId);
    Require.id(userId, "userId");
  }

  /** The direct room, created in clear if there is none. */
  public DmOpen(String requestId, String userId) {
    this(requestId, userId, null);
  }

  /** Whether a direct room this call creates is to be end-to-end encrypted. */
  public boolean asksEncryption() {
    return Boolean.TRUE.equals(encrypted);
  }
}
