package chat.protocol.result;

/** The result of a request that answers nothing but success: {@code {}}. */
public record EmptyResult() {

  public static final EmptyResult INSTANCE = new EmptyResult();
}
