package chat.server.archfixture.cycle.auth;

import chat.server.archfixture.cycle.chat.Directory;

/** Breaks the rules on purpose: as accounts once used the chat package's user directory. */
public final class Account {

  private final Directory directory;

  public Account(Directory directory) {
    this.directory = directory;
  }

  public String name(String userId) {
    return directory.name(userId);
  }
}
