package chat.client.ui.admin;

import chat.client.net.Failures;

/** A failed admin call as one sentence for the user: the server's reason, ending in a full stop. */
final class Refusals {

  private Refusals() {}

  static String sentence(Throwable failure) {
    String text = Failures.describe(failure);
    return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
  }
}
