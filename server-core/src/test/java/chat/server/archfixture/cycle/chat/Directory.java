package chat.server.archfixture.cycle.chat;

import chat.server.archfixture.cycle.auth.Caller;

/** Breaks the rules on purpose: uses auth's caller while auth uses this, closing a loop. */
public final class Directory {

  public String name(String userId) {
    return new Caller(userId).userId();
  }
}
