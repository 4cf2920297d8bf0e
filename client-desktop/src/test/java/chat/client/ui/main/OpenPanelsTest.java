package chat.client.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class OpenPanelsTest {

  private final OpenPanels panels = new OpenPanels();
  private final BooleanProperty members = new SimpleBooleanProperty();
  private final BooleanProperty search = new SimpleBooleanProperty();

  @Test
  void escapeClosesTheNewestOpenPanelFirst() {
    panels.closesOnEscape(members);
    panels.closesOnEscape(search);
    search.set(true);
    members.set(true);

    assertThat(panels.closeNewest()).isTrue();
    assertThat(members.get()).isFalse();
    assertThat(search.get()).isTrue();

    assertThat(panels.closeNewest()).isTrue();
    assertThat(search.get()).isFalse();
  }

  @Test
  void aPanelClosedOtherwiseIsNotClosedAgain() {
    panels.closesOnEscape(members);
    panels.closesOnEscape(search);
    members.set(true);
    search.set(true);
    search.set(false);

    panels.closeNewest();

    assertThat(members.get()).isFalse();
  }

  @Test
  void withNoPanelOpenEscapeIsLeftAlone() {
    panels.closesOnEscape(members);
    members.set(true);
    members.set(false);

    assertThat(panels.closeNewest()).isFalse();
  }

  @Test
  void aPanelOpenWhenRegisteredCounts() {
    members.set(true);
    panels.closesOnEscape(members);

    assertThat(panels.closeNewest()).isTrue();
    assertThat(members.get()).isFalse();
  }
}
