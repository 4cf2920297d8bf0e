package chat.protocol.http;

import chat.protocol.model.RegistrationMode;
import java.util.List;

/**
 * The answer to {@code GET /api/info}: all a client needs after the user typed only the server's
 * address. {@code mode} is {@code embedded} or {@code redis}; {@code registration} says who may
 * register now (so a client knows to ask for an invite), null from a server without modes.
 */
public record ServerInfo(
    String name,
    String version,
    int protocol,
    String mode,
    String wsUrl,
    List<String> features,
    LimitsInfo limits,
    RegistrationMode registration) {

  /** The answer of a server without registration modes. */
  public ServerInfo(
      String name,
      String version,
      int protocol,
      String mode,
      String wsUrl,
      List<String> features,
      LimitsInfo limits) {
    this(name, version, protocol, mode, wsUrl, features, limits, null);
  }

  /** The version of the wire protocol this module implements. */
  public static final int PROTOCOL_VERSION = 1;
}
