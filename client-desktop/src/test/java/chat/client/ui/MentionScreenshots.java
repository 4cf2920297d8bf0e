package chat.client.ui;

import chat.client.support.AppDriver;
import chat.client.support.Peer;
import chat.client.support.ScreenshotStage;
import chat.protocol.http.AuthResult;
import chat.protocol.model.RoomVisibility;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes {@code mention-autocomplete.png}: the composer's mention suggestions open in the light
 * theme, in a room of five people on a real server, under a message that mentions the reader. Run
 * it with {@code -Dscreenshots=true}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class MentionScreenshots {

  @TempDir Path dir;

  @Test
  void theMentionSuggestionsOpenInTheLightTheme() {
    try (ScreenshotStage stage = ScreenshotStage.start(dir, "bob", "ana", "andre", "carol")) {
      Peer bob = stage.peer("bob");
      Peer ana = stage.peer("ana");
      Peer andre = stage.peer("andre");
      Peer carol = stage.peer("carol");
      ana.rename("Ana Lima");
      andre.rename("André Costa");
      AuthResult alice = stage.alice();
      List<String> members =
          List.of(alice.user().userId(), ana.userId(), andre.userId(), carol.userId());
      String general = bob.createRoom("general", RoomVisibility.PUBLIC, members).roomId();
      bob.say(general, "The release candidate is up on the staging server.");
      carol.say(general, "@alice, could you or someone check the login screen on a laptop?");

      AppDriver app = stage.appSignedIn(1);
      app.openRoom("general");
      app.chooseTheme("#theme-light");
      app.click("#composer");
      app.robot().write("I can, or @an");
      AppDriver.waitFor(
          "two suggestions",
          () ->
              app.robot().lookup("#mention-suggestions .mention-suggestion").queryAll().size()
                  == 2);
      app.snapshotWithPopups("mention-autocomplete.png");
    }
  }
}
