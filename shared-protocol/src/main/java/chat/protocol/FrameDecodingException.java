package chat.protocol;

/**
 * A socket frame that could not be decoded. It carries the frame's {@code requestId} when one could
 * be read, so that the {@code error} frame answers the right request; null otherwise.
 */
public final class FrameDecodingException extends ProtocolException {

  private final String requestId;

  public FrameDecodingException(ErrorCode code, String message, String field, String requestId) {
    super(code, message, field);
    this.requestId = requestId;
  }

  FrameDecodingException(ProtocolException cause, String requestId) {
    super(cause.code(), cause.getMessage(), cause.field(), cause);
    this.requestId = requestId;
  }

  public String requestId() {
    return requestId;
  }
}
