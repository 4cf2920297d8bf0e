package chat.client.ui.main;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Puts the thread panel beside the conversation, where the members pane would be: the two share the
 * right side, so opening one closes the other. In a window narrower than {@link
 * AdaptiveLayout#NARROW_BELOW} the panel takes the conversation's place instead, until closed.
 */
final class ThreadPlace {

  private final BorderPane frame;
  private final Region panel;
  private final BooleanProperty threadOpen;
  private final BooleanProperty membersOpen;

  /**
   * @param window the main window's root, holding the frame ({@code #frame}) whose center is the
   *     conversation
   * @param panel the thread panel
   * @param threadOpen whether a thread is open
   * @param membersOpen whether the members pane is open
   */
  ThreadPlace(
      Parent window, Region panel, BooleanProperty threadOpen, BooleanProperty membersOpen) {
    this.frame = (BorderPane) window.lookup("#frame");
    this.panel = panel;
    this.threadOpen = threadOpen;
    this.membersOpen = membersOpen;
  }

  void bind() {
    Region chat = (Region) frame.getCenter();
    HBox area = new HBox(chat, panel);
    area.setId("chat-area");
    HBox.setHgrow(chat, Priority.ALWAYS);
    frame.setCenter(area);
    BooleanBinding narrow =
        frame
            .widthProperty()
            .greaterThan(0)
            .and(frame.widthProperty().lessThan(AdaptiveLayout.NARROW_BELOW));
    panel.visibleProperty().bind(threadOpen);
    panel.managedProperty().bind(threadOpen);
    chat.visibleProperty().bind(threadOpen.and(narrow).not());
    chat.managedProperty().bind(chat.visibleProperty());
    narrow.addListener((obs, was, now) -> fit(now));
    fit(narrow.get());
    threadOpen.addListener(
        (obs, was, now) -> {
          if (now) {
            membersOpen.set(false);
          }
        });
    membersOpen.addListener(
        (obs, was, now) -> {
          if (now) {
            threadOpen.set(false);
          }
        });
  }

  /** Narrow, the panel fills the conversation's place; wide, it keeps its own width. */
  private void fit(boolean narrow) {
    HBox.setHgrow(panel, narrow ? Priority.ALWAYS : Priority.NEVER);
    panel.setMaxWidth(narrow ? Double.MAX_VALUE : Region.USE_PREF_SIZE);
  }
}
