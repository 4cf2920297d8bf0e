package chat.client.ui.admin;

import java.time.Duration;

/**
 * How long a new invite stays valid: the choices the admin area offers (the server takes 30 days at
 * most).
 */
public enum InviteExpiry {
  ONE_HOUR("1 hour", Duration.ofHours(1)),
  ONE_DAY("1 day", Duration.ofDays(1)),
  ONE_WEEK("7 days", Duration.ofDays(7)),
  THIRTY_DAYS("30 days", Duration.ofDays(30));

  private final String label;
  private final Duration duration;

  InviteExpiry(String label, Duration duration) {
    this.label = label;
    this.duration = duration;
  }

  public Duration duration() {
    return duration;
  }

  @Override
  public String toString() {
    return label;
  }
}
