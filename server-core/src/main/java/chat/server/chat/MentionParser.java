package chat.server.chat;

import chat.server.store.Mentions;
import chat.server.store.UserAccount;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds {@code @username} and {@code @room} in a message's text where a reader sees them: messages
 * are rendered as CommonMark, so nothing inside code (an inline code span, a fenced {@code ```} or
 * {@code ~~~} block, an indented code block) mentions anyone, nor does a backslash-escaped {@code
 * \@}.
 *
 * <p>A mention is an {@code @} at the start of the text or after a character that cannot be part of
 * a name or an address (so {@code a@b.c} and {@code https://host/@name} mention nobody), followed
 * by a name of the characters usernames are made of. Punctuation that ends a sentence
 * ({@code @bob.} or {@code @bob-}) is dropped when the name with it is no member's. Names compare
 * ignoring case. {@code @room} always means the room, whoever may be called "room".
 *
 * <p>The block structure is CommonMark's as far as mentions need it: fences open and close as the
 * specification says (up to three spaces of indentation; a closing fence of the same character at
 * least as long; an unclosed fence runs to the end), and a line indented four spaces or more is
 * code when it does not continue a paragraph. Containers (quotes, lists) are not followed: a fence
 * inside a block quote is read as text.
 */
public final class MentionParser {

  /** The word after {@code @} that means everyone in the room. */
  static final String ROOM = "room";

  private static final Pattern FENCE_OPEN = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
  private static final Pattern INDENTED_CODE = Pattern.compile("^( {4}| {0,3}\t)");

  private MentionParser() {}

  /**
   * Whom {@code content} mentions among {@code members}; a name that is no member's mentions
   * nobody. The method an edit calls again on the new text.
   *
   * @param mayMentionRoom whether the sender may use {@code @room}; when not, {@code @room} is
   *     plain text
   */
  public static Mentions mentions(
      String content, Collection<UserAccount> members, boolean mayMentionRoom) {
    Map<String, String> idsByName =
        members.stream()
            .collect(
                Collectors.toMap(
                    member -> fold(member.username()), UserAccount::userId, (a, b) -> a));
    List<String> userIds = new ArrayList<>();
    boolean room = false;
    for (String written : namesAfterAt(content)) {
      String name = resolve(written, idsByName::containsKey);
      if (name == null) {
        continue;
      }
      if (name.equals(ROOM)) {
        room |= mayMentionRoom;
      } else {
        userIds.add(idsByName.get(name));
      }
    }
    return new Mentions(userIds, room);
  }

  /**
   * The folded name {@code written} stands for: itself, or itself without the punctuation it ends
   * with; {@link #ROOM} or a member's name, else null.
   */
  private static String resolve(String written, Function<String, Boolean> isMember) {
    String name = fold(written);
    while (!name.isEmpty()) {
      if (name.equals(ROOM) || isMember.apply(name)) {
        return name;
      }
      char last = name.charAt(name.length() - 1);
      if (last != '.' && last != '-') {
        return null;
      }
      name = name.substring(0, name.length() - 1);
    }
    return null;
  }

  /**
   * The folded names a member would need for {@code written} names to mention them: each name, and
   * it without the punctuation it ends with ({@link #ROOM} left out, since it names no account).
   */
  static Set<String> candidateNames(List<String> written) {
    Set<String> names = new HashSet<>();
    for (String name : written) {
      String candidate = fold(name);
      while (!candidate.isEmpty()) {
        if (!candidate.equals(ROOM)) {
          names.add(candidate);
        }
        char last = candidate.charAt(candidate.length() - 1);
        if (last != '.' && last != '-') {
          break;
        }
        candidate = candidate.substring(0, candidate.length() - 1);
      }
    }
    return names;
  }

  /** The names written after an {@code @} outside code, folded: what mentions depend on. */
  static Set<String> writtenNames(String content) {
    return namesAfterAt(content).stream().map(MentionParser::fold).collect(Collectors.toSet());
  }

  /** Every name written after an {@code @} outside code, as written, in order. */
  static List<String> namesAfterAt(String content) {
    List<String> names = new ArrayList<>();
    for (String block : proseBlocks(content)) {
      scanInline(block, names);
    }
    return names;
  }

  /**
   * The runs of lines outside code blocks, each run a separate block: a code span never reaches
   * across a blank line or a code block.
   */
  private static List<String> proseBlocks(String content) {
    List<String> blocks = new ArrayList<>();
    StringBuilder prose = new StringBuilder();
    String fence = null;
    boolean inParagraph = false;
    for (String line : content.split("\r\n|\r|\n", -1)) {
      if (fence != null) {
        if (closesFence(line, fence)) {
          fence = null;
        }
        continue;
      }
      Matcher open = FENCE_OPEN.matcher(line);
      if (open.matches() && !(open.group(1).charAt(0) == '`' && open.group(2).contains("`"))) {
        fence = open.group(1);
      } else if (!line.isBlank() && (inParagraph || !INDENTED_CODE.matcher(line).find())) {
        prose.append(line).append('\n');
        inParagraph = true;
        continue;
      }
      // A fence, a blank line or a line of indented code: the block of prose so far ends.
      inParagraph = false;
      blocks.add(prose.toString());
      prose.setLength(0);
    }
    blocks.add(prose.toString());
    return blocks;
  }

  private static boolean closesFence(String line, String fence) {
    String stripped = line.stripTrailing();
    int indent = 0;
    while (indent < stripped.length() && indent < 4 && stripped.charAt(indent) == ' ') {
      indent++;
    }
    if (indent > 3) {
      return false;
    }
    String rest = stripped.substring(indent);
    char c = fence.charAt(0);
    return rest.length() >= fence.length() && rest.chars().allMatch(ch -> ch == c);
  }

  /** Adds the names after each {@code @} of one block's inline text, skipping code spans. */
  private static void scanInline(String text, List<String> names) {
    char before = '\n';
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && isAsciiPunctuation(text.charAt(i + 1))) {
        before = text.charAt(i + 1);
        i += 2;
      } else if (c == '`') {
        int run = runLength(text, i, '`');
        int close = closingRun(text, i + run, run);
        i = close < 0 ? i + run : close + run;
        before = '`';
      } else if (c == '@' && mayPrecedeMention(before)) {
        int end = i + 1;
        while (end < text.length() && isNameChar(text.charAt(end))) {
          end++;
        }
        if (end > i + 1) {
          names.add(text.substring(i + 1, end));
        }
        before = text.charAt(end - 1);
        i = end;
      } else {
        before = c;
        i++;
      }
    }
  }

  /** Where a backtick run of exactly {@code length} starts at or after {@code from}; -1 if none. */
  private static int closingRun(String text, int from, int length) {
    int i = text.indexOf('`', from);
    while (i >= 0) {
      int run = runLength(text, i, '`');
      if (run == length) {
        return i;
      }
      i = text.indexOf('`', i + run);
    }
    return -1;
  }

  private static int runLength(String text, int from, char c) {
    int end = from;
    while (end < text.length() && text.charAt(end) == c) {
      end++;
    }
    return end - from;
  }

  /** Not after a letter, digit or name character (an address), nor after a slash (a link). */
  private static boolean mayPrecedeMention(char before) {
    return !Character.isLetterOrDigit(before)
        && !isNameChar(before)
        && before != '@'
        && before != '/';
  }

  /** The characters of usernames ({@link chat.protocol.Limits#USERNAME_PATTERN}). */
  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '.'
        || c == '-';
  }

  private static boolean isAsciiPunctuation(char c) {
    return c < 128 && !Character.isLetterOrDigit(c) && c > ' ' && c != 127;
  }

  private static String fold(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
