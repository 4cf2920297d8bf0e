package chat.protocol;

import java.util.Collection;
import java.util.List;

/**
 * The checks the protocol's record constructors share. Each returns the value it accepts and
 * otherwise throws {@link ProtocolException} with {@link ErrorCode#INVALID_INPUT}, naming the
 * field. A JSON property that is missing reaches a constructor as null, so "missing" and "null" get
 * the same answer.
 */
public final class Require {

  private Require() {}

  public static <T> T present(T value, String field) {
    if (value == null) {
      throw invalid(field, field + " is required");
    }
    return value;
  }

  /** Text that holds something besides whitespace. */
  public static String nonBlank(String value, String field) {
    if (wellFormed(present(value, field), field).isBlank()) {
      throw invalid(field, field + " must not be blank");
    }
    return value;
  }

  /** The {@code requestId} every request but {@code auth} must carry. */
  public static String requestId(String requestId) {
    return id(requestId, "requestId");
  }

  /** A required id: not blank, at most {@value Limits#MAX_ID_CHARS} characters. */
  public static String id(String value, String field) {
    if (!isId(wellFormed(present(value, field), field))) {
      throw invalid(
          field,
          field + " must be a non-blank id of at most " + Limits.MAX_ID_CHARS + " characters");
    }
    return value;
  }

  /** Null, or an id as {@link #id} wants it. */
  public static String optionalId(String value, String field) {
    return value == null ? null : id(value, field);
  }

  /** A required list of {@code min..max} ids, returned as an immutable copy. */
  public static List<String> ids(List<String> values, String field, int min, int max) {
    present(values, field);
    if (values.size() < min || values.size() > max) {
      throw invalid(field, field + " must hold " + min + ".." + max + " ids");
    }
    eachId(values, field);
    return List.copyOf(values);
  }

  /** Like {@link #ids} with no minimum, a missing list being an empty one. */
  public static List<String> optionalIds(List<String> values, String field, int max) {
    return values == null ? List.of() : ids(values, field, 0, max);
  }

  /** Every value of a collection (nulls included) is a valid id. */
  public static void eachId(Collection<String> values, String field) {
    for (String value : values) {
      if (value == null || !isId(wellFormed(value, field))) {
        throw invalid(
            field,
            field + " must hold non-blank ids of at most " + Limits.MAX_ID_CHARS + " characters");
      }
    }
  }

  /**
   * Required text of {@code 1..max} characters once trimmed, returned as sent: the protocol stores
   * content exactly as the user wrote it.
   */
  public static String text(String value, String field, int max) {
    int length = Limits.codePointLengthTrimmed(wellFormed(present(value, field), field));
    if (length < 1 || length > max) {
      throw invalid(field, field + " must be 1.." + max + " characters");
    }
    return value;
  }

  /**
   * The {@code content} of a message that carries {@code encrypted} instead: empty, or missing
   * (then empty). Text beside ciphertext would be sent in clear by mistake.
   */
  public static String noContent(String content) {
    if (content != null && !content.isEmpty()) {
      throw invalid("content", "content must be empty when the message is encrypted");
    }
    return "";
  }

  /** Exactly one emoji, as {@link EmojiCheck} defines it: what a reaction may be. */
  public static String emoji(String value, String field) {
    if (!EmojiCheck.isSingleEmoji(wellFormed(present(value, field), field))) {
      throw invalid(field, field + " must be exactly one emoji");
    }
    return value;
  }

  /** Null, or text of at most {@code max} characters once trimmed (blank allowed). */
  public static String optionalText(String value, String field, int max) {
    if (value != null && Limits.codePointLengthTrimmed(wellFormed(value, field)) > max) {
      throw invalid(field, field + " must be at most " + max + " characters");
    }
    return value;
  }

  /** Null (the default applies), or a page size of {@code 1..max}. */
  public static Integer limit(Integer limit, int max) {
    if (limit != null && (limit < 1 || limit > max)) {
      throw invalid("limit", "limit must be 1.." + max);
    }
    return limit;
  }

  /**
   * Null, or text that is well-formed UTF-16: no surrogate without its partner. A lone surrogate
   * (JSON can carry one as an escape of its own) has no UTF-8 form, so every encoder on the way to
   * a store or a peer would replace it with {@code ?}, and two different values (two clientMsgIds)
   * would become one: the second message would silently be the first.
   */
  public static String wellFormed(String value, String field) {
    if (value != null && !isWellFormed(value)) {
      throw wellFormedFailure(field);
    }
    return value;
  }

  /** What {@link #wellFormed} throws, for checks that look at more than one string. */
  public static ProtocolException wellFormedFailure(String field) {
    return invalid(field, field + " is not well-formed Unicode (a lone surrogate)");
  }

  /** Whether every surrogate in {@code text} is half of a pair, in order. */
  public static boolean isWellFormed(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** A ban's or mute's length: 1..{@value Limits#MAX_MODERATION_SECONDS} seconds. */
  public static long moderationSeconds(long seconds, String field) {
    if (seconds < 1 || seconds > Limits.MAX_MODERATION_SECONDS) {
      throw invalid(field, field + " must be 1.." + Limits.MAX_MODERATION_SECONDS + " seconds");
    }
    return seconds;
  }

  public static ProtocolException invalid(String field, String message) {
    return new ProtocolException(ErrorCode.INVALID_INPUT, message, field);
  }

  private static boolean isId(String value) {
    return !value.isBlank() && Limits.codePointLength(value) <= Limits.MAX_ID_CHARS;
  }
}
