package chat.client.ui.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.model.UserStatus;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The presence dot of a direct room's row in the sidebar. */
class SidebarCellTest {

  @BeforeAll
  static void toolkit() throws TimeoutException {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void aDirectRoomWhosePresenceIsUnknownHasNoDotAndNoGapUntilItArrives() throws Exception {
    RoomItem direct =
        new RoomItem(new Room("r1", "alice, bob", RoomVisibility.DIRECT, "u1", 0, 0), "alice");
    SidebarCell cell = new SidebarCell();

    Label name =
        FxToolkit.setupFixture(
            () -> {
              cell.updateItem(new SidebarRow.Entry(direct), false);
              return (Label) ((HBox) cell.getGraphic()).getChildren().getFirst();
            });
    assertThat(name.getGraphic()).isNull();

    FxToolkit.setupFixture(() -> direct.partnerStatusProperty().set(UserStatus.ONLINE));
    assertThat(name.getGraphic()).isInstanceOf(Circle.class);
    assertThat(name.getGraphic().getStyleClass()).contains("presence-online");
  }
}
