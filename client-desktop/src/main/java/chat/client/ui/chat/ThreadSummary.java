package chat.client.ui.chat;

import java.util.List;

/**
 * What a thread's root shows under its text: how many replies, when the last came, who replied (the
 * first three names) and how many replies came that the reader has not seen in the thread.
 */
public record ThreadSummary(
    String rootId, int replies, long lastReplyAt, List<String> participants, int unread) {

  /** How many participants show as avatars. */
  static final int AVATARS = 3;

  private static final long MINUTE = 60_000L;
  private static final long HOUR = 60 * MINUTE;
  private static final long DAY = 24 * HOUR;

  public ThreadSummary {
    participants = List.copyOf(participants.subList(0, Math.min(AVATARS, participants.size())));
  }

  /** "1 reply", "3 replies". */
  public String repliesText() {
    return replies == 1 ? "1 reply" : replies + " replies";
  }

  /** "last reply 5 min ago", as of {@code now}. */
  public String lastReplyText(long now) {
    long ago = Math.max(0, now - lastReplyAt);
    if (ago < MINUTE) {
      return "last reply just now";
    }
    if (ago < HOUR) {
      return "last reply " + ago / MINUTE + " min ago";
    }
    if (ago < DAY) {
      return "last reply " + ago / HOUR + " h ago";
    }
    long days = ago / DAY;
    return "last reply " + days + (days == 1 ? " day ago" : " days ago");
  }

  /** "2 new replies", or empty when none is unseen. */
  public String unreadText() {
    return unread == 0 ? "" : unread == 1 ? "1 new reply" : unread + " new replies";
  }

  /** The whole summary in words, for screen readers: "3 replies, 2 new, last reply 5 min ago". */
  public String spoken(long now) {
    return repliesText() + (unread == 0 ? "" : ", " + unread + " new") + ", " + lastReplyText(now);
  }

  /** The one or two letters an avatar shows: "AL" for "Ana Lima", "B" for "bob". */
  static String initials(String name) {
    String[] words = name.strip().split("\\s+");
    if (words[0].isEmpty()) {
      return "?";
    }
    String first = words[0].substring(0, words[0].offsetByCodePoints(0, 1));
    String last =
        words.length < 2
            ? ""
            : words[words.length - 1].substring(
                0, words[words.length - 1].offsetByCodePoints(0, 1));
    return (first + last).toUpperCase();
  }
}
