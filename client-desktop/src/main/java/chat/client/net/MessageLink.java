package chat.client.net;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link to one message, as "Copy link" copies it and "Join by link" opens it: {@code
 * chat://HOST:PORT/rooms/ROOMID/messages/MESSAGEID}. It uses the scheme of {@link InviteLink}s,
 * whose form it shares: the server's HTTP address, then what to open there. Whoever opens it must
 * be signed in to that server and a member of the room; nothing else is in the link.
 *
 * @param hostPort the server's HTTP address, {@code host:port} (an IPv6 host in brackets)
 * @param roomId the room's id
 * @param messageId the message's id
 */
public record MessageLink(String hostPort, String roomId, String messageId) {

  private static final Pattern PATH =
      Pattern.compile("/rooms/([A-Za-z0-9_-]{1,64})/messages/([A-Za-z0-9_-]{1,64})/?");
  private static final String NOT_A_LINK = "This is not a link to a message: it looks like ";

  /** The link to {@code messageId} of {@code roomId} on the server at {@code server}. */
  public static MessageLink to(ServerAddress server, String roomId, String messageId) {
    return new MessageLink(server.hostPort(), roomId, messageId);
  }

  /**
   * Whether {@code text} is meant as a link to a message: a {@code chat://} link whose path starts
   * with {@code /rooms/} (an invite's starts with {@code /invite/}).
   */
  public static boolean looksLikeOne(String text) {
    if (!InviteLink.looksLikeOne(text)) {
      return false;
    }
    String rest = text.strip().substring((InviteLink.SCHEME + "://").length());
    int path = rest.indexOf('/');
    return path >= 0 && rest.substring(path).toLowerCase(Locale.ROOT).startsWith("/rooms/");
  }

  /**
   * Reads a link as {@link #text()} writes it.
   *
   * @throws IllegalArgumentException with one sentence for the user when it is not one
   */
  public static MessageLink parse(String text) {
    String link = text == null ? "" : text.strip();
    URI uri = InviteLink.chatUri(link, NOT_A_LINK, "/rooms/ROOM/messages/MESSAGE");
    Matcher path = PATH.matcher(uri.getRawPath() == null ? "" : uri.getRawPath());
    if (!path.matches() || uri.getRawQuery() != null) {
      throw new IllegalArgumentException(
          "This message link names no room and message: it was cut short or changed.");
    }
    int port = uri.getPort() == -1 ? ServerAddress.DEFAULT_PORT : uri.getPort();
    return new MessageLink(uri.getHost() + ":" + port, path.group(1), path.group(2));
  }

  /** The link as text: what "Copy link" puts on the clipboard. */
  public String text() {
    return InviteLink.SCHEME + "://" + hostPort + "/rooms/" + roomId + "/messages/" + messageId;
  }
}
