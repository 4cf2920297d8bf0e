package chat.server;

import chat.protocol.CloseCodes;
import chat.protocol.ErrorCode;
import chat.protocol.Features;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds, in Java source, the protocol's values written out instead of named through
 * shared-protocol's constants: close codes, error code names and feature names. The values are read
 * from {@link CloseCodes}, {@link ErrorCode} and {@link Features} by reflection, so a constant
 * added there is looked for at once.
 *
 * <p>Comments, text blocks and character literals are skipped. A string literal counts when it
 * equals a name. An integer literal counts when it equals a close code and is either in the private
 * range 4000–4999 (no other number of that range is expected) or on a line whose code speaks of a
 * close, a code or a status: 1000 is also a millisecond count.
 */
final class ProtocolLiteralScanner {

  /** One literal that should have been a constant. */
  record Violation(Path file, int line, String literal, String constant) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + literal + " (use " + constant + ")";
    }
  }

  private static final Pattern CLOSE_CONTEXT = Pattern.compile("(?i)close|code|status");
  private static final Pattern DECIMAL = Pattern.compile("[0-9][0-9_]*[lL]?");

  private final Map<Long, String> closeCodes;
  private final Map<String, String> names;

  ProtocolLiteralScanner(Map<Long, String> closeCodes, Map<String, String> names) {
    this.closeCodes = Map.copyOf(closeCodes);
    this.names = Map.copyOf(names);
  }

  /** Looks for every constant shared-protocol defines today. */
  static ProtocolLiteralScanner ofSharedProtocol() {
    Map<Long, String> closeCodes = new HashMap<>();
    constants(CloseCodes.class, int.class)
        .forEach((name, value) -> closeCodes.put(((Integer) value).longValue(), name));
    Map<String, String> names = new HashMap<>();
    for (ErrorCode code : ErrorCode.values()) {
      names.put(code.name(), "ErrorCode." + code.name());
    }
    constants(Features.class, String.class)
        .forEach((name, value) -> names.put((String) value, name));
    return new ProtocolLiteralScanner(closeCodes, names);
  }

  /** Every violation in the {@code .java} files under {@code root}, in path order. */
  List<Violation> scanTree(Path root) throws IOException {
    List<Violation> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(p -> p.toString().endsWith(".java"))
          .sorted()
          .forEach(
              file -> {
                try {
                  found.addAll(scan(file));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
    return found;
  }

  List<Violation> scan(Path file) throws IOException {
    String source = Files.readString(file);
    List<Violation> found = new ArrayList<>();
    Map<Integer, StringBuilder> codeByLine = new TreeMap<>();
    Map<Integer, List<Long>> numbersByLine = new TreeMap<>();
    int line = 1;
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        i = indexOrEnd(source, "\n", i);
      } else if (source.startsWith("/*", i)) {
        int end = indexOrEnd(source, "*/", i + 2) + 2;
        line += newlines(source, i, end);
        i = end;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = closingQuote(source, i + 3, "\"\"\"") + 3;
        line += newlines(source, i, end);
        i = end;
      } else if (c == '"' || c == '\'') {
        int end = closingQuote(source, i + 1, String.valueOf(c));
        String text = source.substring(i + 1, Math.min(end, source.length()));
        if (c == '"' && names.containsKey(text)) {
          found.add(new Violation(file, line, '"' + text + '"', names.get(text)));
        }
        codeByLine.computeIfAbsent(line, l -> new StringBuilder()).append(c).append(c);
        i = end < source.length() && source.charAt(end) != '\n' ? end + 1 : end;
      } else if (Character.isDigit(c) && startsAToken(source, i)) {
        int end = i;
        while (end < source.length()
            && (Character.isLetterOrDigit(source.charAt(end))
                || source.charAt(end) == '_'
                || source.charAt(end) == '.')) {
          end++;
        }
        String number = source.substring(i, end);
        if (DECIMAL.matcher(number).matches()) {
          Long value = parse(number);
          if (value != null && closeCodes.containsKey(value)) {
            numbersByLine.computeIfAbsent(line, l -> new ArrayList<>()).add(value);
          }
        }
        codeByLine.computeIfAbsent(line, l -> new StringBuilder()).append(number);
        i = end;
      } else {
        if (c == '\n') {
          line++;
        } else {
          codeByLine.computeIfAbsent(line, l -> new StringBuilder()).append(c);
        }
        i++;
      }
    }
    numbersByLine.forEach(
        (at, values) -> {
          boolean closeContext = CLOSE_CONTEXT.matcher(codeByLine.get(at)).find();
          for (long value : values) {
            if ((value >= 4000 && value <= 4999) || closeContext) {
              found.add(
                  new Violation(
                      file, at, Long.toString(value), "CloseCodes." + closeCodes.get(value)));
            }
          }
        });
    found.sort(Comparator.comparingInt(Violation::line));
    return found;
  }

  /** The folder holding {@code .ci/run}, found by walking up from the working directory. */
  static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(".ci/run"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no .ci/run above " + Path.of("").toAbsolutePath());
  }

  /** Constant name ("Holder.NAME") to value, for each public static final field of {@code type}. */
  private static Map<String, Object> constants(Class<?> holder, Class<?> type) {
    Map<String, Object> constants = new HashMap<>();
    for (Field field : holder.getFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == type) {
        try {
          constants.put(holder.getSimpleName() + "." + field.getName(), field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return constants;
  }

  /** A digit that starts a number, not one inside a name like {@code utf8} or after a dot. */
  private static boolean startsAToken(String source, int i) {
    if (i == 0) {
      return true;
    }
    char before = source.charAt(i - 1);
    return !Character.isJavaIdentifierPart(before) && before != '.';
  }

  private static Long parse(String number) {
    String digits = number.replace("_", "").replaceAll("[lL]$", "");
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException tooLong) {
      return null;
    }
  }

  /** The index of the quote that ends a literal opened before {@code from}, skipping escapes. */
  private static int closingQuote(String source, int from, String quote) {
    int i = from;
    while (i < source.length() && !source.startsWith(quote, i)) {
      if (source.charAt(i) == '\\') {
        i++;
      } else if (quote.length() == 1 && source.charAt(i) == '\n') {
        return i; // an unterminated literal: do not let it swallow the file
      }
      i++;
    }
    return i;
  }

  private static int indexOrEnd(String source, String what, int from) {
    int at = source.indexOf(what, from);
    return at < 0 ? source.length() : at;
  }

  private static int newlines(String source, int from, int to) {
    int count = 0;
    for (int i = from; i < Math.min(to, source.length()); i++) {
      if (source.charAt(i) == '\n') {
        count++;
      }
    }
    return count;
  }
}
