package chat.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the links of Markdown files the way a reader meets them on GitHub: a relative link or
 * image must name an existing file, and its {@code #anchor} a heading of that file (GitHub's slug:
 * lower case, punctuation dropped except {@code -} and {@code _}, spaces turned into {@code -},
 * {@code -1}, {@code -2}… for repeated headings). External {@code http(s)} links are never fetched,
 * only checked to be well-formed URIs with a host. Links inside code (fenced blocks and inline
 * spans) are not links and are skipped.
 */
final class MarkdownLinks {

  /** {@code [text](target)} and {@code ![alt](target)}, with an optional title after the target. */
  private static final Pattern INLINE_LINK =
      Pattern.compile("!?\\[[^\\]]*]\\(\\s*<?([^\\s)>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

  /** {@code [label]: target} reference definitions. */
  private static final Pattern REFERENCE =
      Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*<?(\\S+?)>?(\\s.*)?$");

  private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern INLINE_CODE = Pattern.compile("`+[^`]*`+");
  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*");

  private MarkdownLinks() {}

  /** Every broken link of {@code file}, each as {@code file:line: target (why)}; empty if none. */
  static List<String> brokenLinks(Path file) {
    List<String> broken = new ArrayList<>();
    List<String> lines = prose(file);
    for (int i = 0; i < lines.size(); i++) {
      for (String target : targets(lines.get(i))) {
        String problem = problem(file, target);
        if (problem != null) {
          broken.add(file + ":" + (i + 1) + ": " + target + " (" + problem + ")");
        }
      }
    }
    return broken;
  }

  /** The anchors GitHub gives the headings of {@code file}. */
  static Set<String> anchors(Path file) {
    Set<String> anchors = new HashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    for (String line : prose(file)) {
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        String slug = slug(heading.group(1));
        int count = seen.merge(slug, 1, Integer::sum);
        anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
      }
    }
    return anchors;
  }

  /** GitHub's anchor for a heading's text. */
  static String slug(String heading) {
    String text = heading.replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1"); // a link: its text
    StringBuilder slug = new StringBuilder();
    text.toLowerCase(Locale.ROOT)
        .codePoints()
        .forEach(
            c -> {
              if (c == ' ') {
                slug.append('-');
              } else if (c == '-' || c == '_' || Character.isLetterOrDigit(c)) {
                slug.appendCodePoint(c);
              }
            });
    return slug.toString();
  }

  /** The file's lines with fenced code blocks blanked out, so line numbers stay true. */
  private static List<String> prose(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> prose = new ArrayList<>(lines.size());
    boolean inFence = false;
    for (String line : lines) {
      boolean fence = FENCE.matcher(line).matches();
      prose.add(inFence || fence ? "" : line);
      if (fence) {
        inFence = !inFence;
      }
    }
    return prose;
  }

  private static List<String> targets(String line) {
    String withoutCode = INLINE_CODE.matcher(line).replaceAll("``");
    List<String> targets = new ArrayList<>();
    Matcher link = INLINE_LINK.matcher(withoutCode);
    while (link.find()) {
      targets.add(link.group(1));
    }
    Matcher reference = REFERENCE.matcher(withoutCode);
    if (reference.matches()) {
      targets.add(reference.group(1));
    }
    return targets;
  }

  /** Why {@code target}, linked from {@code from}, is broken; null when it is not. */
  private static String problem(Path from, String target) {
    String scheme = target.contains(":") ? target.substring(0, target.indexOf(':')) : "";
    if (scheme.equals("http") || scheme.equals("https")) {
      return wellFormedWeb(target) ? null : "not a well-formed http(s) URL";
    }
    if (scheme.equals("mailto")) {
      return null;
    }
    if (!scheme.isEmpty() && scheme.matches("[a-zA-Z][a-zA-Z0-9+.-]*")) {
      return "a link this check does not know: " + scheme;
    }
    int hash = target.indexOf('#');
    String pathPart = hash < 0 ? target : target.substring(0, hash);
    String anchor = hash < 0 ? null : target.substring(hash + 1);
    if (pathPart.startsWith("/")) {
      return "an absolute path: links must be relative to the file";
    }
    Path linked =
        pathPart.isEmpty()
            ? from
            : from.toAbsolutePath()
                .getParent()
                .resolve(URLDecoder.decode(pathPart, StandardCharsets.UTF_8))
                .normalize();
    if (!Files.exists(linked)) {
      return "no such file";
    }
    if (anchor == null) {
      return null;
    }
    if (!linked.getFileName().toString().endsWith(".md") || Files.isDirectory(linked)) {
      return "an anchor into something that is not a Markdown file";
    }
    return anchors(linked).contains(anchor) ? null : "no heading with that anchor";
  }

  private static boolean wellFormedWeb(String target) {
    try {
      URI uri = new URI(target);
      return uri.getHost() != null && !uri.getHost().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
