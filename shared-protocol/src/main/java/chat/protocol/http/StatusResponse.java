package chat.protocol.http;

/** The body of {@code /healthz} and {@code /readyz}. */
public record StatusResponse(String status) {

  public static final StatusResponse OK = new StatusResponse("ok");
}
