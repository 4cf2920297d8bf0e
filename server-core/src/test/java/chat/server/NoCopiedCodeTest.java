package chat.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The done-when line of a codebase a newcomer can carry on: no two places in the main sources share
 * a run of more than ten lines, whether the same lines or the same shape with other names. A run of
 * eleven lines alike is a twin that two people will have to keep in step; one of them will not.
 *
 * <p>Lines are compared after {@link #shape}: trimmed, with comments, imports, package lines, lines
 * of lone punctuation and the names of a {@code permits} clause left out, and every literal and
 * identifier replaced by a letter. A {@code permits} clause is a list of names that the compiler
 * holds to the sealed type's subclasses: two such lists cannot drift apart as twins do, and the
 * protocol's frame types can only be listed there. Nor do lines that only declare a type and a name
 * (a field without an initializer, annotated or not, such as a view's {@code @FXML} fields; a
 * parameter; a record component): any two lists of them have the same shape whatever they hold, and
 * code copied with them still shows in the lines around. Nor do lines that only name one enum
 * constant, with literal arguments or none ({@code INVITE_EXPIRED(410),}): an enum's constants and
 * a {@code case} label's list of them are lists of names, each a line, however many there are.
 */
class NoCopiedCodeTest {

  /** The longest run two places may share. */
  private static final int MOST_SHARED = 10;

  private static final List<String> MAIN_SOURCES =
      List.of("shared-protocol/src/main", "server-core/src/main", "client-desktop/src/main");

  private static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "true",
          "false",
          "null",
          "var",
          "record",
          "yield",
          "sealed",
          "permits",
          "non");

  private static final Pattern TOKEN =
      Pattern.compile(
          "\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'"
              + "|\\b(?:0[xX][0-9a-fA-F_]+|\\d[\\d_]*(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)[lLfFdD]?\\b"
              + "|[A-Za-z_$][A-Za-z0-9_$]*|\\s+|.");

  private static final Pattern LONE_PUNCTUATION = Pattern.compile("[{}()\\[\\];,]+");

  /**
   * A field without initializer, a parameter or a record component: annotations, modifiers, a type,
   * a name.
   */
  private static final Pattern DECLARATION_ONLY =
      Pattern.compile(
          "(?:@[\\w.$]+\\s+)*"
              + "(?:(?:private|protected|public|static|final|volatile|transient)\\s+)*"
              + "(?!(?:return|throw|yield|break|continue|assert|new)\\b)"
              + "[\\w.$]+(?:<[\\w.$<>,?\\s]*>)?(?:\\[])*\\s+[\\w$]+\\s*"
              + "(?:[,;]|\\)(?:\\s*throws\\s+[\\w.$,\\s]+)?(?:\\s*\\{\\s*}?)?)");

  /** One enum constant, upper case, with literal arguments or none, and a comma or semicolon. */
  private static final Pattern ENUM_CONSTANT_ONLY =
      Pattern.compile("[A-Z][A-Z0-9_]*\\s*(?:\\([\\w\\s.,\"-]*\\))?\\s*[,;]");

  @Test
  void noTwoPlacesInMainShareMoreThanTenLines() {
    Path root = repositoryRoot();
    List<Path> files =
        MAIN_SOURCES.stream().map(root::resolve).flatMap(NoCopiedCodeTest::javaFiles).toList();

    List<String> twins = sharedRuns(files, root);

    assertThat(twins).as("places sharing more than %d lines", MOST_SHARED).isEmpty();
  }

  @Test
  void anElevenLineRunCopiedWithOtherNamesIsReported(@TempDir Path dir) throws IOException {
    Path original = write(dir.resolve("A.java"), run(11, "alpha"));
    Path copy = write(dir.resolve("B.java"), "int unrelated = 1;\n" + run(11, "beta"));

    assertThat(sharedRuns(List.of(original, copy), dir))
        .containsExactly("A.java:1-11 and B.java:2-12 share 11 lines");
  }

  @Test
  void aTenLineRunIsNotReported(@TempDir Path dir) throws IOException {
    Path original = write(dir.resolve("A.java"), run(10, "alpha") + "first();\n");
    Path copy = write(dir.resolve("B.java"), run(10, "beta") + "return second;\n");

    assertThat(sharedRuns(List.of(original, copy), dir)).isEmpty();
  }

  @Test
  void commentsBlankLinesAndLonePunctuationAreNotCounted(@TempDir Path dir) throws IOException {
    String padded = run(11, "alpha").replace("\n", "\n\n  // said twice\n  });\n");
    Path original = write(dir.resolve("A.java"), padded);
    Path copy = write(dir.resolve("B.java"), run(11, "beta"));

    assertThat(sharedRuns(List.of(original, copy), dir)).hasSize(1);
  }

  @Test
  void thePermitsClausesOfTwoSealedTypesAreNotCountedButWhatFollowsIs(@TempDir Path dir)
      throws IOException {
    Path one = write(dir.resolve("A.java"), sealed("A", 14) + run(11, "alpha"));
    Path other = write(dir.resolve("B.java"), sealed("B", 14) + "}\n");

    assertThat(sharedRuns(List.of(one, other), dir)).isEmpty();
    Path copy = write(dir.resolve("C.java"), sealed("C", 12) + run(11, "beta"));
    assertThat(sharedRuns(List.of(one, copy), dir)).hasSize(1);
  }

  @Test
  void twoListsOfDeclarationsAreNotCountedButTheCodeAroundThemIs(@TempDir Path dir)
      throws IOException {
    String fields =
        "private final UserStore users;\nprivate final Clock clock;\n".repeat(6)
            + "@FXML private Label name;\n".repeat(11)
            + "public Service(\n"
            + "UserStore users,\nClock clock,\n".repeat(5)
            + "Limits limits) throws IOException {\n";
    String components =
        "public record Ports(\n" + "RoomStore rooms,\n".repeat(12) + "FileStore f) {}\n";
    Path one = write(dir.resolve("A.java"), fields + components);
    Path other = write(dir.resolve("B.java"), components.replace("Ports", "Services") + fields);

    assertThat(sharedRuns(List.of(one, other), dir)).isEmpty();
    Path copy = write(dir.resolve("C.java"), fields + run(11, "beta"));
    Path original = write(dir.resolve("D.java"), components + run(11, "alpha"));
    assertThat(sharedRuns(List.of(copy, original), dir)).hasSize(1);
  }

  @Test
  void listsOfEnumConstantsAreNotCountedButTheCodeAroundThemIs(@TempDir Path dir)
      throws IOException {
    String constants = "public enum Code {\n" + "INVALID_INPUT(400),\n".repeat(24) + "LAST(500);\n";
    String labels =
        "switch (code) {\ncase FIRST,\n" + "SECOND_ONE,\n".repeat(12) + "LAST -> x();\n";
    Path one = write(dir.resolve("A.java"), constants + labels);
    Path other = write(dir.resolve("B.java"), labels + constants);

    assertThat(sharedRuns(List.of(one, other), dir)).isEmpty();
    Path copy = write(dir.resolve("C.java"), constants + run(11, "beta"));
    Path original = write(dir.resolve("D.java"), labels + run(11, "alpha"));
    assertThat(sharedRuns(List.of(copy, original), dir)).hasSize(1);
  }

  /** A sealed interface whose {@code permits} clause names {@code count} types, a line each. */
  private static String sealed(String name, int count) {
    StringBuilder code = new StringBuilder("public sealed interface " + name + "\n    permits ");
    for (int i = 0; i < count; i++) {
      code.append(name).append(i).append(i + 1 < count ? ",\n        " : " {\n");
    }
    return code.toString();
  }

  /** {@code lines} statements that differ from another run's only in names and literals. */
  private static String run(int lines, String name) {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      code.append("  ").append(name).append(i % 3).append(".call(\"").append(name);
      code.append("\", ").append(i).append(");\n");
    }
    return code.toString();
  }

  /** Every pair of places sharing more than {@link #MOST_SHARED} lines, as "A:1-11 and B:5-15". */
  static List<String> sharedRuns(List<Path> files, Path root) {
    List<List<Line>> sources = files.stream().map(NoCopiedCodeTest::shapedLines).toList();
    int window = MOST_SHARED + 1;
    Map<List<String>, List<int[]>> starts = new HashMap<>();
    for (int f = 0; f < sources.size(); f++) {
      List<Line> lines = sources.get(f);
      for (int i = 0; i + window <= lines.size(); i++) {
        List<String> key = lines.subList(i, i + window).stream().map(Line::shape).toList();
        starts.computeIfAbsent(key, k -> new ArrayList<>()).add(new int[] {f, i});
      }
    }
    List<String> twins = new ArrayList<>();
    for (List<int[]> places : starts.values()) {
      for (int a = 0; a < places.size(); a++) {
        for (int b = a + 1; b < places.size(); b++) {
          int[] first = places.get(a);
          int[] second = places.get(b);
          boolean sameFile = first[0] == second[0];
          if (sameFile && second[1] - first[1] < window) {
            continue;
          }
          List<Line> one = sources.get(first[0]);
          List<Line> other = sources.get(second[0]);
          boolean continuesEarlierRun =
              first[1] > 0
                  && second[1] > 0
                  && one.get(first[1] - 1).shape().equals(other.get(second[1] - 1).shape());
          if (continuesEarlierRun) {
            continue;
          }
          int length = window;
          while (first[1] + length < one.size()
              && second[1] + length < other.size()
              && (!sameFile || first[1] + length <= second[1])
              && one.get(first[1] + length).shape().equals(other.get(second[1] + length).shape())) {
            length++;
          }
          twins.add(
              "%s:%d-%d and %s:%d-%d share %d lines"
                  .formatted(
                      root.relativize(files.get(first[0])),
                      one.get(first[1]).number(),
                      one.get(first[1] + length - 1).number(),
                      root.relativize(files.get(second[0])),
                      other.get(second[1]).number(),
                      other.get(second[1] + length - 1).number(),
                      length));
        }
      }
    }
    return twins.stream().sorted().toList();
  }

  /** A line that counts, with its number in the file. */
  private record Line(int number, String shape) {}

  private static List<Line> shapedLines(Path file) {
    List<String> text;
    try {
      text = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Line> lines = new ArrayList<>();
    boolean inPermits = false;
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i).trim();
      inPermits = inPermits || line.startsWith("permits ");
      if (inPermits) {
        inPermits = !line.endsWith("{") && !line.endsWith("{}");
      } else if (counts(line)) {
        lines.add(new Line(i + 1, shape(line)));
      }
    }
    return lines;
  }

  private static boolean counts(String line) {
    return !line.isEmpty()
        && !line.startsWith("//")
        && !line.startsWith("/*")
        && !line.startsWith("*")
        && !line.startsWith("import ")
        && !line.startsWith("package ")
        && !LONE_PUNCTUATION.matcher(line).matches()
        && !DECLARATION_ONLY.matcher(line).matches()
        && !ENUM_CONSTANT_ONLY.matcher(line).matches();
  }

  /** The line with string and char literals as S, numbers as N, identifiers as I; no spaces. */
  static String shape(String line) {
    StringBuilder shape = new StringBuilder();
    Matcher token = TOKEN.matcher(line);
    while (token.find()) {
      String text = token.group();
      char first = text.charAt(0);
      if (first == '"' || first == '\'') {
        shape.append('S');
      } else if (Character.isDigit(first)) {
        shape.append('N');
      } else if (Character.isJavaIdentifierStart(first)) {
        shape.append(KEYWORDS.contains(text) ? text : "I").append(' ');
      } else if (!Character.isWhitespace(first)) {
        shape.append(first);
      }
    }
    return shape.toString().strip();
  }

  /** The folder holding {@code .ci/run}, found by walking up from the working directory. */
  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".ci/run"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no .ci/run above " + Path.of("").toAbsolutePath());
  }

  private static Stream<Path> javaFiles(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(path -> path.toString().endsWith(".java")).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path write(Path file, String code) throws IOException {
    return Files.writeString(file, code);
  }
}
