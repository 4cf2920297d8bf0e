package chat.server.http;

import java.io.IOException;

/**
 * The client went away while its request was being read (it timed out, or dropped the connection):
 * an ordinary event, logged at DEBUG, with nobody left to answer.
 */
final class ClientGoneException extends RuntimeException {

  ClientGoneException(IOException cause) {
    super(cause.toString(), cause, false, false);
  }
}
