package chat.server.bench;

/**
 * The generator's frames in Socket.IO's packets (Socket.IO protocol v5 over Engine.IO v4, WebSocket
 * transport only), so the same sockets, load and {@link Ledger} measure a Socket.IO 4 server. The
 * only place that knows the framing:
 *
 * <ul>
 *   <li>{@code 0{…}} Engine.IO's open packet; {@code 2} a ping, answered {@code 3};
 *   <li>{@code 40{"token":…}} connects to the main namespace, answered {@code 40{"sid":…}}, or
 *       {@code 44{…}} when refused;
 *   <li>{@code 42<ackId>["<type>",<frame>]} one of our frames as an event named by its type, with
 *       its whole JSON as the argument; {@code 43<ackId>[{…}]} the server's acknowledgement;
 *   <li>{@code 42["message.new",{…}]} a broadcast, which carries the message's content as ours do.
 * </ul>
 *
 * <p>Ack ids are numbers: a send's {@code requestId} {@code s<n>} travels as {@code 2n}, a
 * request's {@code q<n>} as {@code 2n+1}, so an acknowledgement maps back to its request with no
 * state.
 */
final class SocketIoFraming {

  /** The path and query a Socket.IO server answers WebSocket clients on. */
  static final String PATH = "/socket.io/?EIO=4&transport=websocket";

  /** The packet that answers a ping. */
  static final String PONG = "3";

  private SocketIoFraming() {}

  /** What one received packet is to the generator. */
  sealed interface Packet {}

  /** A frame in the generator's own shape, for {@link BenchSocket#onFrame}. */
  record Frame(String frame) implements Packet {}

  /** Engine.IO's ping: answer {@link #PONG}. */
  record Ping() implements Packet {}

  /** The namespace accepted the connection: requests may go out now. */
  record Connected() implements Packet {}

  /** The namespace refused the connection (a failed auth). */
  record Refused(String packet) implements Packet {}

  /** Engine.IO's open packet, or anything else with no meaning for the load. */
  record Other(String packet) implements Packet {}

  /** The connect packet, with the access token in its auth payload. */
  static String connect(String token) {
    return "40{\"token\":\"" + token + "\"}";
  }

  /** One of our frames (it starts with {@code {"type":"…","requestId":"…"}}) as an event. */
  static String event(String frame) {
    String type = Population.field(frame, "type");
    String requestId = Population.field(frame, "requestId");
    return "42" + ackId(requestId) + "[\"" + type + "\"," + frame + "]";
  }

  static Packet read(String packet) {
    if (packet.equals("2")) {
      return new Ping();
    }
    if (packet.startsWith("40")) {
      return new Connected();
    }
    if (packet.startsWith("44")) {
      return new Refused(packet);
    }
    if (packet.startsWith("43")) {
      int bracket = packet.indexOf('[');
      String requestId = requestId(Long.parseLong(packet, 2, bracket, 10));
      String type = packet.indexOf("\"error\"", bracket) >= 0 ? "error" : "ack";
      return new Frame("{\"type\":\"" + type + "\",\"requestId\":\"" + requestId + "\"}");
    }
    if (packet.startsWith("42")) {
      return new Frame(packet.substring(2));
    }
    return new Other(packet);
  }

  static long ackId(String requestId) {
    long number = Long.parseLong(requestId, 1, requestId.length(), 10);
    return switch (requestId.charAt(0)) {
      case 's' -> 2 * number;
      case 'q' -> 2 * number + 1;
      default -> throw new IllegalArgumentException("no ack id for requestId " + requestId);
    };
  }

  static String requestId(long ackId) {
    return (ackId % 2 == 0 ? "s" : "q") + ackId / 2;
  }
}
