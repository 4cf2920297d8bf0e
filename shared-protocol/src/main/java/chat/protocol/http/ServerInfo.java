package chat.protocol.http;

import java.util.List;

/**
 * The answer to {@code GET /api/info}: all a client needs after the user typed only the server's
 * address. {@code mode} is {@code embedded} or {@code redis}.
 */
public record ServerInfo(
    String name,
    String version,
    int protocol,
    String mode,
    String wsUrl,
    List<String> features,
    LimitsInfo limits) {

  /** The version of the wire protocol this module implements. */
  public static final int PROTOCOL_VERSION = 1;
}
