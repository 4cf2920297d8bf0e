package chat.server.store;

import chat.protocol.model.Attachment;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of file a message can have, as the search syntax names it ({@code has:file}, {@code
 * has:image}). A message has the kinds of all its attachments: {@link #FILE} with any attachment at
 * all, {@link #IMAGE} with one whose detected {@code mimeType} is {@code image/*}.
 */
public enum FileKind {
  FILE,
  IMAGE;

  /**
   * The name the query syntax and the stores' indexes spell this kind by: {@code file}, {@code
   * image}.
   */
  public String token() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind spelled {@code token} (case ignored), if there is one. */
  public static Optional<FileKind> ofToken(String token) {
    return Arrays.stream(values()).filter(kind -> kind.token().equalsIgnoreCase(token)).findFirst();
  }

  /** The kinds of file among {@code attachments} (none for null or empty). */
  public static Set<FileKind> of(List<Attachment> attachments) {
    Set<FileKind> kinds = EnumSet.noneOf(FileKind.class);
    if (attachments == null || attachments.isEmpty()) {
      return kinds;
    }
    kinds.add(FILE);
    if (attachments.stream().anyMatch(file -> file.mimeType().startsWith("image/"))) {
      kinds.add(IMAGE);
    }
    return kinds;
  }
}
