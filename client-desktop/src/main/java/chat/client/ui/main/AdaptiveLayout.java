package chat.client.ui.main;

import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Fits the main window to its width, from 480 px up. Below {@link #NARROW_BELOW} the sidebar and
 * the members pane leave the frame: the "☰ Rooms" toggle in the chat header shows the sidebar as a
 * drawer over the chat, the Members toggle shows the members the same way on the right, one at a
 * time, and a click beside the drawer closes it. Getting narrow closes the members pane. Buttons in
 * the frame never shrink below their text, so none reads "…".
 *
 * <p>The two panes move between a slot of their own in the frame and the drawer: the slots never
 * leave the frame, so the frame's children, and with them the Tab order (banner, sidebar, chat,
 * members), stay as they are.
 */
final class AdaptiveLayout {

  /** The narrowest window that keeps the sidebar beside the chat. */
  static final double NARROW_BELOW = 760;

  private final BorderPane frame;
  private final StackPane drawer;
  private final Region sidebar;
  private final Region members;
  private final ToggleButton roomsToggle;
  private final BooleanProperty membersOpen;
  private final BooleanBinding narrow;
  private final StackPane sidebarSlot = new StackPane();
  private final StackPane membersSlot = new StackPane();

  /**
   * @param window the main window's root, holding the frame ({@code #frame}: the sidebar {@code
   *     #sidebar}, the rooms toggle {@code #rooms-toggle}, the members pane {@code #members-pane})
   *     and an empty layer over it, {@code #drawer}
   * @param membersOpen whether the members pane is open
   */
  AdaptiveLayout(Parent window, BooleanProperty membersOpen) {
    frame = (BorderPane) window.lookup("#frame");
    drawer = (StackPane) window.lookup("#drawer");
    sidebar = (Region) window.lookup("#sidebar");
    members = (Region) window.lookup("#members-pane");
    roomsToggle = (ToggleButton) window.lookup("#rooms-toggle");
    this.membersOpen = membersOpen;
    narrow = frame.widthProperty().greaterThan(0).and(frame.widthProperty().lessThan(NARROW_BELOW));
  }

  void bind() {
    keepFullText(frame);
    putSlotsInFrame();
    roomsToggle.visibleProperty().bind(narrow);
    roomsToggle.managedProperty().bind(narrow);
    StackPane.setAlignment(sidebar, Pos.TOP_LEFT);
    StackPane.setAlignment(members, Pos.TOP_RIGHT);
    sidebar.setMaxWidth(Region.USE_PREF_SIZE);
    members.setMaxWidth(Region.USE_PREF_SIZE);
    narrow.addListener(
        (obs, was, now) -> {
          roomsToggle.setSelected(false);
          if (now) {
            membersOpen.set(false);
          }
          place();
        });
    roomsToggle
        .selectedProperty()
        .addListener(
            (obs, was, now) -> {
              if (now) {
                membersOpen.set(false);
              }
              place();
            });
    membersOpen.addListener(
        (obs, was, now) -> {
          if (now && narrow.get()) {
            roomsToggle.setSelected(false);
          }
          place();
        });
    drawer.setOnMouseClicked(
        event -> {
          if (event.getTarget() == drawer) {
            roomsToggle.setSelected(false);
            membersOpen.set(false);
          }
        });
    place();
  }

  /** Whether the rooms drawer is open (only ever in a narrow window). */
  BooleanProperty roomsOpenProperty() {
    return roomsToggle.selectedProperty();
  }

  /** Puts the slots where the panes were, keeping the frame's children in reading order. */
  private void putSlotsInFrame() {
    Node top = frame.getTop();
    Node center = frame.getCenter();
    Node bottom = frame.getBottom();
    frame.getChildren().clear();
    frame.setTop(top);
    frame.setLeft(sidebarSlot);
    frame.setCenter(center);
    frame.setRight(membersSlot);
    frame.setBottom(bottom);
  }

  private void place() {
    boolean isNarrow = narrow.get();
    Region shown =
        !isNarrow ? null : roomsToggle.isSelected() ? sidebar : membersOpen.get() ? members : null;
    hold(drawer, shown);
    hold(sidebarSlot, isNarrow ? null : sidebar);
    hold(membersSlot, isNarrow ? null : members);
    drawer.setVisible(shown != null);
  }

  /**
   * Makes {@code content} (or nothing) the only child of {@code holder}. A pane already there is
   * left alone: taking it out of the scene, even for a moment, would drop the keyboard focus.
   */
  private static void hold(StackPane holder, Region content) {
    List<Node> wanted = content == null ? List.of() : List.of(content);
    if (!holder.getChildren().equals(wanted)) {
      holder.getChildren().setAll(wanted);
    }
  }

  private static void keepFullText(Parent parent) {
    for (Node child : parent.getChildrenUnmodifiable()) {
      if (child instanceof ButtonBase button) {
        button.setMinWidth(Region.USE_PREF_SIZE);
      } else if (child instanceof Parent inner) {
        keepFullText(inner);
      }
    }
  }
}
