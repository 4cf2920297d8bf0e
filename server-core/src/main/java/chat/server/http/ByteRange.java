package chat.server.http;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One range of a file's bytes, as a single-range {@code Range: bytes=a-b}, {@code bytes=a-} or
 * {@code bytes=-n} asks (RFC 9110). What this does not understand (several ranges, other units, bad
 * syntax) is ignored and the whole file is served, as the RFC allows.
 *
 * @param first the first byte's offset
 * @param last the last byte's offset, within the file
 */
record ByteRange(long first, long last) {

  private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

  /** What a {@code Range} header asks of a file of {@code size} bytes. */
  sealed interface Asked {}

  /** The whole file: no {@code Range}, or one that is ignored. */
  record Whole() implements Asked {}

  /** Part of the file. */
  record Part(ByteRange range) implements Asked {}

  /** A range wholly outside the file: {@code 416}. */
  record Unsatisfiable() implements Asked {}

  long length() {
    return last - first + 1;
  }

  static Asked of(String header, long size) {
    Matcher matcher = header == null ? null : SINGLE.matcher(header.strip());
    if (matcher == null || !matcher.matches()) {
      return new Whole();
    }
    String from = matcher.group(1);
    String to = matcher.group(2);
    if (from.isEmpty() && to.isEmpty()) {
      return new Whole();
    }
    if (from.isEmpty()) {
      long suffix = Long.parseLong(to);
      return suffix == 0 || size == 0
          ? new Unsatisfiable()
          : new Part(new ByteRange(Math.max(0, size - suffix), size - 1));
    }
    long first = Long.parseLong(from);
    Optional<Long> last = to.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(to));
    if (last.isPresent() && last.get() < first) {
      return new Whole();
    }
    if (first >= size) {
      return new Unsatisfiable();
    }
    return new Part(new ByteRange(first, Math.min(size - 1, last.orElse(size - 1))));
  }
}
