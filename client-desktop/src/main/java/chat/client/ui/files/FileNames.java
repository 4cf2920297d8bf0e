package chat.client.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Names for files saved from a chat: the sender chose the name, so it is made safe to use as one
 * file name in a folder on any desktop, and never offered to be opened when it names a program.
 */
public final class FileNames {

  /** The longest name offered, in characters (file systems allow 255 bytes). */
  static final int LONGEST = 120;

  private static final String FALLBACK = "download";

  /** Names Windows reserves for devices, with or without an ending. */
  private static final Set<String> DEVICES =
      Set.of(
          ("con prn aux nul com1 com2 com3 com4 com5 com6 com7 com8 com9 lpt1 lpt2 lpt3 lpt4 "
                  + "lpt5 lpt6 lpt7 lpt8 lpt9")
              .split(" "));

  /** Endings of files that a desktop runs, rather than shows, when asked to open them. */
  private static final Set<String> PROGRAMS =
      Set.of(
          ("exe msi bat cmd com scr pif ps1 vbs vbe js jse wsf wsh hta cpl msc lnk reg jar "
                  + "sh bash run bin appimage desktop app command pkg dmg deb rpm py pl rb")
              .split(" "));

  private FileNames() {}

  /**
   * {@code name} as a safe file name: no folder separators, control or bidirectional characters,
   * nor the characters Windows refuses; no leading dots (a hidden file) nor trailing dots and
   * spaces; not a device name; at most {@link #LONGEST} characters, its ending kept. "download"
   * when nothing is left.
   */
  public static String safe(String name) {
    StringBuilder kept = new StringBuilder();
    (name == null ? "" : name)
        .codePoints()
        .forEach(c -> kept.appendCodePoint(allowed(c) ? c : '_'));
    String safe = kept.toString().strip().replaceAll("^[.\\s_]+", "").replaceAll("[.\\s]+$", "");
    if (safe.isEmpty()) {
      return FALLBACK;
    }
    String stem = safe.contains(".") ? safe.substring(0, safe.indexOf('.')) : safe;
    if (DEVICES.contains(stem.toLowerCase(Locale.ROOT))) {
      safe = "_" + safe;
    }
    return shortened(safe);
  }

  private static boolean allowed(int c) {
    return !Character.isISOControl(c)
        && "<>:\"/\\|?*".indexOf(c) < 0
        && Character.getType(c) != Character.FORMAT
        && c != 0x061C;
  }

  private static String shortened(String name) {
    if (name.codePointCount(0, name.length()) <= LONGEST) {
      return name;
    }
    String ending = ending(name);
    String tail = ending.isEmpty() || ending.length() > 10 ? "" : "." + ending;
    int keep = LONGEST - tail.length();
    return name.substring(0, name.offsetByCodePoints(0, keep)).strip() + tail;
  }

  /** The name's ending after its last dot, in lower case; empty when it has none. */
  public static String ending(String name) {
    if (name == null) {
      return "";
    }
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
  }

  /** Whether a desktop would run the file rather than show it: it is offered for saving only. */
  public static boolean isProgram(String name) {
    return PROGRAMS.contains(ending(name));
  }

  /**
   * A path for {@code name} in {@code folder} that no file holds yet: the name itself, else "name
   * (2).ext", "name (3).ext" and so on.
   */
  public static Path free(Path folder, String name) {
    Path path = folder.resolve(name);
    String ending = ending(name);
    String stem = ending.isEmpty() ? name : name.substring(0, name.length() - ending.length() - 1);
    String dotted = ending.isEmpty() ? "" : name.substring(stem.length());
    for (int n = 2; Files.exists(path); n++) {
      path = folder.resolve(stem + " (" + n + ")" + dotted);
    }
    return path;
  }
}
