package chat.client.ui.host;

import java.time.Duration;

/** How long the hosted server has been up, as a person says it: minutes, hours, days. */
public final class Uptime {

  private Uptime() {}

  /** "Up for 2 h 5 min"; under a minute, "Up for less than a minute". */
  public static String describe(Duration up) {
    long minutes = Math.max(0, up.toMinutes());
    if (minutes < 1) {
      return "Up for less than a minute";
    }
    if (minutes < 60) {
      return "Up for " + minutes + " min";
    }
    long hours = minutes / 60;
    if (hours < 24) {
      return "Up for " + hours + " h " + minutes % 60 + " min";
    }
    return "Up for " + hours / 24 + " d " + hours % 24 + " h";
  }
}
