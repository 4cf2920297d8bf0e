package chat.client.ui.files;

import java.util.Locale;
import java.util.Set;

/**
 * What kind of file a card shows, for its icon: told by the type the server detected from the
 * bytes, and by the name only when the server could not tell ({@code application/octet-stream}).
 */
public enum FileKind {
  PDF("PDF"),
  ARCHIVE("ZIP"),
  TEXT("TXT"),
  IMAGE("IMG"),
  OTHER("FILE");

  private static final String UNKNOWN = "application/octet-stream";

  private static final Set<String> ARCHIVES =
      Set.of(
          ("application/zip application/gzip application/x-gzip application/x-tar "
                  + "application/x-gtar application/x-7z-compressed application/x-rar-compressed "
                  + "application/vnd.rar application/x-bzip2 application/x-xz application/zstd "
                  + "application/java-archive")
              .split(" "));

  private static final Set<String> TEXTS =
      Set.of("application/json application/xml application/x-sh application/x-yaml".split(" "));

  private static final Set<String> ARCHIVE_ENDINGS =
      Set.of("zip gz tgz tar 7z rar bz2 xz zst jar".split(" "));

  private static final Set<String> TEXT_ENDINGS =
      Set.of("txt md csv log json xml yaml yml".split(" "));

  private final String badge;

  FileKind(String badge) {
    this.badge = badge;
  }

  /** The few letters on the card's icon. */
  public String badge() {
    return badge;
  }

  /** The kind of a file of this detected type ({@code mimeType}) and name. */
  public static FileKind of(String mimeType, String name) {
    String type = mimeType == null ? UNKNOWN : mimeType.toLowerCase(Locale.ROOT).split(";")[0];
    if (type.equals(UNKNOWN)) {
      return byName(name);
    }
    if (type.equals("application/pdf")) {
      return PDF;
    }
    if (ARCHIVES.contains(type)) {
      return ARCHIVE;
    }
    if (type.startsWith("text/") || TEXTS.contains(type) || type.endsWith("+xml")) {
      return TEXT;
    }
    if (type.startsWith("image/")) {
      return IMAGE;
    }
    return OTHER;
  }

  private static FileKind byName(String name) {
    String ending = FileNames.ending(name);
    if (ending.equals("pdf")) {
      return PDF;
    }
    if (ARCHIVE_ENDINGS.contains(ending)) {
      return ARCHIVE;
    }
    return TEXT_ENDINGS.contains(ending) ? TEXT : OTHER;
  }
}
