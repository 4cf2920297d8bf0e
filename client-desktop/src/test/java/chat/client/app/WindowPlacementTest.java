package chat.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.config.Settings.WindowBounds;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

  private static final List<Rectangle2D> TWO_SCREENS =
      List.of(new Rectangle2D(0, 0, 1920, 1040), new Rectangle2D(1920, 0, 2560, 1400));

  @Test
  void boundsOnEitherScreenAreUsed() {
    assertThat(WindowPlacement.onAScreen(bounds(100, 80, 1100, 720), TWO_SCREENS)).isTrue();
    assertThat(WindowPlacement.onAScreen(bounds(2500, 300, 900, 700), TWO_SCREENS)).isTrue();
  }

  @Test
  void boundsWhoseTopEdgeIsPartlyOnAScreenAreUsed() {
    assertThat(WindowPlacement.onAScreen(bounds(-600, 10, 800, 600), TWO_SCREENS)).isTrue();
  }

  @Test
  void boundsOfAScreenNoLongerThereAreIgnored() {
    assertThat(WindowPlacement.onAScreen(bounds(2500, 300, 900, 700), TWO_SCREENS.subList(0, 1)))
        .isFalse();
  }

  @Test
  void boundsWithTheTitleBarAboveOrBelowEveryScreenAreIgnored() {
    assertThat(WindowPlacement.onAScreen(bounds(100, -300, 800, 280), TWO_SCREENS)).isFalse();
    assertThat(WindowPlacement.onAScreen(bounds(100, 1420, 800, 600), TWO_SCREENS)).isFalse();
    assertThat(WindowPlacement.onAScreen(bounds(-790, 100, 800, 600), TWO_SCREENS))
        .as("only 10 px showing")
        .isFalse();
  }

  @Test
  void emptyBoundsAreIgnored() {
    assertThat(WindowPlacement.onAScreen(bounds(100, 100, 0, 600), TWO_SCREENS)).isFalse();
    assertThat(WindowPlacement.onAScreen(bounds(100, 100, Double.NaN, 600), TWO_SCREENS)).isFalse();
  }

  private static WindowBounds bounds(double x, double y, double width, double height) {
    return new WindowBounds(x, y, width, height, false);
  }
}
