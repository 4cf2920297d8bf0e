package chat.protocol.http;

import chat.protocol.Limits;
import chat.protocol.Require;

/**
 * The body of {@code PATCH /api/users/me}. The display name is stored trimmed: 1–{@value
 * Limits#MAX_DISPLAY_NAME_CHARS} characters once trimmed, with no control, format or line and
 * paragraph separator characters (a line break in a name would break every list that shows it, and
 * an invisible or direction-reversing character would disguise it).
 */
public record ProfileUpdate(String displayName) {

  public ProfileUpdate {
    displayName = Require.text(displayName, "displayName", Limits.MAX_DISPLAY_NAME_CHARS).strip();
    if (displayName.codePoints().anyMatch(ProfileUpdate::unprintable)) {
      throw Require.invalid(
          "displayName", "displayName must not hold control, format or line separator characters");
    }
  }

  /** The joiner and the tag characters are format characters that emoji sequences are made of. */
  private static boolean unprintable(int codePoint) {
    int type = Character.getType(codePoint);
    boolean emojiPart = codePoint == 0x200D || (codePoint >= 0xE0020 && codePoint <= 0xE007F);
    return Character.isISOControl(codePoint)
        || (type == Character.FORMAT && !emojiPart)
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }
}
