package chat.client.ui.files;

import java.util.Locale;

/** A file's size as people read it: "512 B", "2.4 MiB", "25 MiB". */
public final class FileSizes {

  private static final String[] UNITS = {"KiB", "MiB", "GiB", "TiB"};

  private FileSizes() {}

  /** {@code bytes} in the user's locale's digits. */
  public static String human(long bytes) {
    return human(bytes, Locale.getDefault(Locale.Category.FORMAT));
  }

  /**
   * {@code bytes} written for {@code locale}: whole bytes under 1 KiB, then the largest unit that
   * keeps the number at 1 or more, with one decimal under 10 ("2.4 MiB") and none from 10 on ("25
   * MiB"), rounded half up.
   */
  public static String human(long bytes, Locale locale) {
    if (bytes < 1024) {
      return Math.max(0, bytes) + " B";
    }
    double value = bytes / 1024.0;
    int unit = 0;
    while (unit < UNITS.length - 1 && Math.round(value * 10) / 10.0 >= 1024) {
      value /= 1024;
      unit++;
    }
    String number =
        Math.round(value * 10) / 10.0 < 10
            ? String.format(locale, "%.1f", value)
            : String.format(locale, "%d", Math.round(value));
    return number + " " + UNITS[unit];
  }
}
