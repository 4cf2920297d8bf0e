package chat.client.ui.emoji;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The emoji the picker offers, by category, from {@code catalog.txt}. Names (for search and screen
 * readers) come from the Unicode character names the JDK knows, so the list is only emoji.
 */
public final class EmojiCatalog {

  /** One emoji: its code points and a lower-case name. */
  public record Emoji(String text, String name) {}

  /** A named group of emoji, as the picker's tabs show them. */
  public record Category(String name, List<Emoji> emoji) {}

  private static final int ZWJ = 0x200D;
  private static final int VS16 = 0xFE0F;
  private static final int KEYCAP = 0x20E3;
  private static final int REGIONAL_A = 0x1F1E6;
  private static final int REGIONAL_Z = 0x1F1FF;

  private EmojiCatalog() {}

  public static List<Category> categories() {
    try (InputStream in = EmojiCatalog.class.getResourceAsStream("catalog.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<Category> categories = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int colon = line.indexOf(':');
        if (line.startsWith("#") || colon < 0) {
          continue;
        }
        List<Emoji> emoji = new ArrayList<>();
        for (String token : line.substring(colon + 1).trim().split(" +")) {
          int named = token.indexOf('=');
          emoji.add(
              named < 0
                  ? new Emoji(token, name(token))
                  : new Emoji(
                      token.substring(0, named), token.substring(named + 1).replace('_', ' ')));
        }
        categories.add(new Category(line.substring(0, colon), List.copyOf(emoji)));
      }
      return List.copyOf(categories);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "flag: fr" for a flag, else the Unicode names of its characters joined by spaces. */
  static String name(String emoji) {
    int[] codePoints = emoji.codePoints().toArray();
    if (codePoints.length == 2 && isRegional(codePoints[0]) && isRegional(codePoints[1])) {
      return "flag: "
          + Character.toString('a' + codePoints[0] - REGIONAL_A)
          + Character.toString('a' + codePoints[1] - REGIONAL_A);
    }
    return emoji
        .codePoints()
        .filter(c -> c != ZWJ && c != VS16)
        .mapToObj(c -> c == KEYCAP ? "keycap" : Character.getName(c))
        .map(name -> name == null ? "" : name.toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(" "))
        .replace("emoji modifier fitzpatrick type-", "skin tone ");
  }

  private static boolean isRegional(int codePoint) {
    return codePoint >= REGIONAL_A && codePoint <= REGIONAL_Z;
  }
}
