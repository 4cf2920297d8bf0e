package chat.client.ui.chat;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The parts a bubble shows for threads: under a root, its summary ("3 replies · last reply 5 min
 * ago", up to three repliers' initials, and "● 2 new replies" while replies are unseen), which
 * opens the thread; over a reply also posted to the room, the line naming its thread's root, which
 * opens that thread.
 */
final class ThreadSummaryPart {

  private ThreadSummaryPart() {}

  /** The summary under a root, as of {@code now}; a click opens the thread. */
  static Node of(ThreadSummary summary, long now, Runnable open) {
    HBox part = new HBox(6);
    part.getStyleClass().add("thread-summary");
    part.setAlignment(Pos.CENTER_LEFT);
    for (String name : summary.participants()) {
      part.getChildren().add(avatar(name));
    }
    Hyperlink count = new Hyperlink(summary.repliesText());
    count.getStyleClass().add("thread-count");
    count.setOnAction(event -> open.run());
    part.getChildren().add(count);
    if (summary.unread() > 0) {
      Label dot = new Label("●");
      dot.getStyleClass().add("thread-dot");
      Label unread = new Label(summary.unreadText());
      unread.getStyleClass().add("thread-unread");
      part.getChildren().addAll(dot, unread);
    }
    Label last = new Label("· " + summary.lastReplyText(now));
    last.getStyleClass().add("meta");
    part.getChildren().add(last);
    part.setOnMouseClicked(event -> open.run());
    part.setAccessibleText(summary.spoken(now));
    return part;
  }

  /** The line over a reply also posted to the room; a click opens its thread. */
  static Node link(ThreadLink link, Runnable open) {
    Hyperlink line = new Hyperlink("↳ " + link.text());
    line.getStyleClass().add("thread-link");
    line.setOnAction(event -> open.run());
    return line;
  }

  private static Node avatar(String name) {
    Label initials = new Label(ThreadSummary.initials(name));
    StackPane avatar = new StackPane(initials);
    avatar.getStyleClass().add("thread-avatar");
    Tooltip.install(avatar, new Tooltip(name));
    return avatar;
  }
}
