package chat.client.archfixture;

import chat.server.ChatServer;

/** Breaks the rules on purpose: the app reaching past the embedding API into the server. */
public final class UsesServerInternals {

  private UsesServerInternals() {}

  public static int port(ChatServer server) {
    return server.httpPort();
  }
}
