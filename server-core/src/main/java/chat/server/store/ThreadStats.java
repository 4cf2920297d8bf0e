package chat.server.store;

import java.util.List;

/**
 * What a thread's root shows of its replies: how many, when the latest came (epoch ms), and who
 * replied, first replier first, at most {@value #MAX_PARTICIPANTS} of them.
 */
public record ThreadStats(int replyCount, long lastReplyAt, List<String> participants) {

  /**
   * How many repliers a root lists; the stores keep no more than these, and the rest are seen in
   * the thread, not on the root.
   */
  public static final int MAX_PARTICIPANTS = 10;

  public ThreadStats {
    participants = List.copyOf(participants);
  }
}
