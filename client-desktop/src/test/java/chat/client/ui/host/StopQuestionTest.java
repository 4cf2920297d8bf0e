package chat.client.ui.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StopQuestionTest {

  @Test
  void countsThePeopleItWouldCutOffInGoodEnglish() {
    assertThat(StopQuestion.forOthers(0)).isEqualTo("Stop hosting? Nobody else is connected.");
    assertThat(StopQuestion.forOthers(1)).isEqualTo("Stop hosting for 1 person connected?");
    assertThat(StopQuestion.forOthers(3)).isEqualTo("Stop hosting for 3 people connected?");
  }
}
