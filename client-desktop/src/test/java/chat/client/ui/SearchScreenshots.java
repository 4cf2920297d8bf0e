package chat.client.ui;

import chat.client.support.AppDriver;
import chat.client.support.Peer;
import chat.client.support.ScreenshotStage;
import chat.protocol.http.AuthResult;
import chat.protocol.model.RoomVisibility;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes {@code search.png} and {@code search-dark.png}: the Ctrl+F panel over the main window,
 * with several results from two rooms and their matched words marked. Run it with {@code
 * -Dscreenshots=true}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class SearchScreenshots {

  @TempDir Path dir;

  @Test
  void searchResults() {
    try (ScreenshotStage stage = ScreenshotStage.start(dir, "bob", "carol")) {
      Peer bob = stage.peer("bob");
      Peer carol = stage.peer("carol");
      AuthResult alice = stage.alice();
      String general =
          bob.createRoom("general", RoomVisibility.PRIVATE, stage.aliceAndOthers()).roomId();
      String launch =
          carol
              .createRoom(
                  "launch-plan",
                  RoomVisibility.PRIVATE,
                  List.of(alice.user().userId(), bob.userId()))
              .roomId();
      bob.say(general, "The release build for Friday is green; notes are in the wiki.");
      carol.say(launch, "Release checklist: sign the installers, then tag the release.");
      bob.say(general, "Lunch at noon? The new place by the station.");
      carol.say(general, "Who owns the release notes this time?");
      bob.say(launch, "I can write the release notes if someone reviews them before Friday.");
      carol.say(launch, "Friday works for the release party. Monday stays free for fixes.");

      AppDriver app = stage.appSignedIn(2);
      app.openRoom("general");
      app.robot().press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
      search(app);
      app.snapshot("search.png");
      app.robot().type(KeyCode.ESCAPE);
      AppDriver.waitFor("the search panel closed", () -> !app.exists("#search-query"));
      app.chooseTheme("#theme-dark");
      app.robot().press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
      search(app);
      app.snapshot("search-dark.png");
    }
  }

  private static void search(AppDriver app) {
    AppDriver.waitFor("the search panel", () -> app.exists("#search-query"));
    app.fill("#search-query", "release*");
    app.robot().type(KeyCode.ENTER);
    AppDriver.waitFor("the results", () -> app.list("#search-results").getItems().size() == 5);
  }
}
