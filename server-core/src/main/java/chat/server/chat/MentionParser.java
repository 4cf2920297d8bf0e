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
import java.util.stream.Collectors;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

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
 * <p>What is code is what commonmark-java (the parser {@link chat.protocol.search.MessageText} uses
 * too, with GFM strikethrough as the apps) makes code: inline code spans, fenced and indented code
 * blocks, inside quotes and lists as well. The text outside them is scanned as written (the source
 * of each text node), so a backslash escape keeps its meaning; a link's destination is not text.
 */
public final class MentionParser {

  /** The word after {@code @} that means everyone in the room. */
  static final String ROOM = "room";

  /** Markdown as the apps render it; thread-safe, as commonmark's parsers are. */
  private static final Parser MARKDOWN =
      Parser.builder()
          .extensions(List.of(StrikethroughExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

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
    if (content.indexOf('@') >= 0) {
      collect(MARKDOWN.parse(content), content, names);
    }
    return names;
  }

  /**
   * Adds the names in the text a reader sees of {@code node} and its children: code (spans and
   * blocks) is skipped, and so is a link's destination, which is no text of the node.
   */
  private static void collect(Node node, String content, List<String> names) {
    // commonmark's node types are an open hierarchy: any other node is the text of its children.
    switch (node) {
      case Code code -> {}
      case FencedCodeBlock code -> {}
      case IndentedCodeBlock code -> {}
      case Text text -> scanSource(text, content, names);
      case HtmlInline html -> scanSource(html, content, names);
      case HtmlBlock html -> scanSource(html, content, names);
      default -> {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
          collect(child, content, names);
        }
      }
    }
  }

  /**
   * Scans the source of {@code node} as written, not its unescaped literal, so that an escaped
   * {@code \@} stays escaped; the character before each stretch is the source's.
   */
  private static void scanSource(Node node, String content, List<String> names) {
    for (SourceSpan span : node.getSourceSpans()) {
      int from = span.getInputIndex();
      char before = from == 0 ? '\n' : content.charAt(from - 1);
      scanInline(content.substring(from, from + span.getLength()), before, names);
    }
  }

  /** Adds the names after each {@code @} of a stretch of text outside code. */
  private static void scanInline(String text, char precedingCharacter, List<String> names) {
    char before = precedingCharacter;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && isAsciiPunctuation(text.charAt(i + 1))) {
        before = text.charAt(i + 1);
        i += 2;
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
