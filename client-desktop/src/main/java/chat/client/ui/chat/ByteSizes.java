package chat.client.ui.chat;

import java.util.Locale;

/** File sizes as people read them: "512 B", "1.5 KiB", "25 MiB". */
public final class ByteSizes {

  private static final String[] UNITS = {"KiB", "MiB", "GiB", "TiB"};

  private ByteSizes() {}

  public static String text(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    String number = String.format(Locale.ROOT, "%.1f", value);
    if (number.endsWith(".0")) {
      number = number.substring(0, number.length() - 2);
    }
    return number + " " + UNITS[unit];
  }
}
