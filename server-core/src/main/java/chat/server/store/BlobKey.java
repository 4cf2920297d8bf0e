package chat.server.store;

import java.util.regex.Pattern;

/**
 * The name of a blob: lower-case letters, digits and dashes, at most 128 characters, starting with
 * a letter or digit. A file's bytes are named by their SHA-256 in hex, so identical content is
 * stored once; a thumbnail adds a suffix ({@code <sha256>-320}). Because the alphabet has no dot,
 * slash or backslash, an adapter may use a key as a file or object name as it is.
 */
public record BlobKey(String value) {

  private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,127}");

  public BlobKey {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("not a blob key: " + value);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
