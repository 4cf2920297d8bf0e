package chat.client.ui.markdown;

import java.util.regex.Pattern;

/**
 * Which link targets a message may open: web pages and mail only. Anything else ({@code
 * javascript:}, {@code file:}, {@code data:}, a relative path) would run or read something on the
 * reader's computer, so its text shows as plain text.
 */
public final class LinkTargets {

  /** A scheme we open, then something to open: no spaces or control characters anywhere. */
  private static final Pattern OPENABLE =
      Pattern.compile("(?i)(?:https?://[^\\s/?#]|mailto:[^\\s])[^\\s\\p{Cntrl}]*");

  private LinkTargets() {}

  /** Whether a click may open {@code target}, once the reader has seen it and agreed. */
  public static boolean openable(String target) {
    return target != null && OPENABLE.matcher(target).matches();
  }
}
