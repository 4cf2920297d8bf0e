package chat.protocol.client;

import chat.protocol.Require;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The oldest messages of this socket's session's device's inbox, at most {@value #PAGE}, those
 * after {@code after} (an id) when it is set.
 */
@JsonTypeName("device.inbox")
public record DeviceInbox(String requestId, @JsonInclude(JsonInclude.Include.NON_NULL) Long after)
    implements ClientFrame {

  /** The most messages one answer holds. */
  public static final int PAGE = 100;

  public DeviceInbox {
    Require.requestId(requestId);
    if (after != null && after < 0) {
      throw Require.invalid("after", "after must be a message id");
    }
  }
}
