package chat.protocol;

import java.util.Objects;

/**
 * A request or body that breaks the protocol: thrown by the record constructors (always {@link
 * ErrorCode#INVALID_INPUT}, naming the field) and by {@link ProtocolJson}'s decoders. Its message
 * is meant for the user: it never echoes large input.
 */
public class ProtocolException extends RuntimeException {

  private final ErrorCode code;
  private final String field;

  public ProtocolException(ErrorCode code, String message, String field) {
    this(code, message, field, null);
  }

  protected ProtocolException(ErrorCode code, String message, String field, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
    this.field = field;
  }

  public ErrorCode code() {
    return code;
  }

  /** The offending JSON property, or null when the problem is not one field's. */
  public String field() {
    return field;
  }

  /** This problem as the wire's error shape. */
  public ErrorBody errorBody() {
    return new ErrorBody(code, getMessage(), field, null);
  }
}
