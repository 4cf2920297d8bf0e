package chat.protocol.http;

import chat.protocol.Limits;
import chat.protocol.Require;

/**
 * The body of {@code PATCH /api/users/me}. The display name is stored trimmed: 1–{@value
 * Limits#MAX_DISPLAY_NAME_CHARS} characters once trimmed, and no control characters (a line break
 * or a tab in a name would break every list that shows it).
 */
public record ProfileUpdate(String displayName) {

  public ProfileUpdate {
    displayName = Require.text(displayName, "displayName", Limits.MAX_DISPLAY_NAME_CHARS).strip();
    if (displayName.codePoints().anyMatch(Character::isISOControl)) {
      throw Require.invalid("displayName", "displayName must not hold control characters");
    }
  }
}
