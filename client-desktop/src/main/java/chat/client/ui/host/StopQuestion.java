package chat.client.ui.host;

/**
 * What the app asks before it stops a server others are using, in one wording wherever it asks:
 * closing the window without a tray, and Stop in the host panel.
 */
public final class StopQuestion {

  private StopQuestion() {}

  /** "Stop hosting for 2 people connected?", for the {@code others} connected besides the user. */
  public static String forOthers(int others) {
    return switch (others) {
      case 0 -> "Stop hosting? Nobody else is connected.";
      case 1 -> "Stop hosting for 1 person connected?";
      default -> "Stop hosting for " + others + " people connected?";
    };
  }
}
