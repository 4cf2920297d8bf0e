package chat.client.ui.moderation;

/** How a slow-mode interval reads: "30 s", "1 min", "5 min". */
final class SlowModes {

  private SlowModes() {}

  static String describe(int seconds) {
    return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
  }
}
