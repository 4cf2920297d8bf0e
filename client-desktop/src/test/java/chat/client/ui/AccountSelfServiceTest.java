package chat.client.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.client.support.AppAndServer;
import chat.client.support.AppDriver;
import chat.client.support.Peer;
import chat.client.support.TimelineFiles;
import chat.client.ui.chat.ChatLine;
import chat.protocol.client.DmOpen;
import chat.protocol.client.RoomJoin;
import chat.protocol.model.Room;
import chat.protocol.model.RoomVisibility;
import chat.protocol.model.User;
import chat.protocol.result.RoomResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Account self-service in the real app against a real server: exporting one's data, deleting one's
 * account, and how a deleted account's messages and direct room look to the others.
 */
class AccountSelfServiceTest {

  @RegisterExtension final AppAndServer both = AppAndServer.aliceWithBob();

  private void focus(String query) {
    AppDriver.waitFor(query, () -> both.app().exists(query));
    both.app().robot().interact(() -> both.app().robot().lookup(query).query().requestFocus());
  }

  private static Map<String, String> zipEntries(Path zip) throws IOException {
    Map<String, String> entries = new HashMap<>();
    try (InputStream file = Files.newInputStream(zip);
        ZipInputStream in = new ZipInputStream(file)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return entries;
  }

  @Test
  void settingsExportMyDataToAZipOfMyMessages() throws IOException {
    Room lobby = both.bobsRoomJoined("lobby");
    both.app().say("a message of mine to export");
    Path target = Files.createTempDirectory("export").resolve("mine.zip");
    AtomicReference<String> offered = new TimelineFiles(both.app()).saveChooserAnswering(target);
    both.app().click("#settings");
    focus("#export-data");

    both.app().click("#export-data");

    AppDriver.waitFor(
        "the export saved",
        () -> both.app().text("#export-status").startsWith("Your data was saved to"));
    assertThat(offered.get()).isEqualTo("chat-export.zip");
    Map<String, String> entries = zipEntries(target);
    assertThat(entries.get("rooms/" + lobby.roomId() + ".jsonl"))
        .contains("a message of mine to export");
    assertThat(entries).containsKey("account.json");
    assertThat(both.app().text("#export-error")).isEmpty();
  }

  @Test
  void settingsDeleteMyAccountSignsOutToTheSignInScreen() {
    both.app().click("#settings");
    focus("#delete-password");
    both.app().fill("#delete-password", "password123");
    focus("#delete-account");

    both.app().click("#delete-account");

    AppDriver.waitFor("the sign-in screen", () -> both.app().exists("#username"));
    assertThatThrownBy(() -> Peer.login(both.server(), "alice")).isInstanceOf(AssertionError.class);
  }

  @Test
  void aWrongPasswordDeletesNothingAndSaysSo() {
    both.app().click("#settings");
    focus("#delete-password");
    both.app().fill("#delete-password", "not my password");
    focus("#delete-account");

    both.app().click("#delete-account");

    AppDriver.waitFor(
        "the refusal", () -> both.app().text("#delete-error").startsWith("The password is wrong"));
    assertThat(both.app().text("#connection")).isEqualTo("Connected");
    try (Peer stillThere = Peer.login(both.server(), "alice")) {
      assertThat(stillThere.userId()).isNotBlank();
    }
  }

  @Test
  void theMessagesOfADeletedAccountShowTheDeletedUser() {
    Room lobby = both.bob().createRoom("lobby", RoomVisibility.PUBLIC, null);
    try (Peer carol = Peer.register(both.server(), "carol")) {
      carol.request(id -> new RoomJoin(id, lobby.roomId()), RoomResult.class);
      carol.say(lobby.roomId(), "goodbye, everyone");
      carol.deleteAccount();
    }

    both.app().join("lobby");

    awaitUnderTheDeletedName("goodbye, everyone");
  }

  @Test
  void messagesAlreadyShownTurnToTheDeletedUserWhenTheirSenderDeletesTheAccount() {
    Room lobby = both.bobsRoomJoined("lobby");
    try (Peer carol = Peer.register(both.server(), "carol")) {
      carol.request(id -> new RoomJoin(id, lobby.roomId()), RoomResult.class);
      carol.say(lobby.roomId(), "see you");
      AppDriver.waitFor(
          "carol's message under her name",
          () ->
              both.app().<ChatLine>list("#messages").getItems().stream()
                  .anyMatch(line -> "carol".equals(line.sender())));

      carol.deleteAccount();

      awaitUnderTheDeletedName("see you");
    }
  }

  @Test
  void aDirectRoomWithADeletedAccountShowsClosedWithTheComposerDisabled() {
    String aliceId;
    try (Peer alice = Peer.login(both.server(), "alice")) {
      aliceId = alice.userId();
    }
    Peer carol = Peer.register(both.server(), "carol");
    try (carol) {
      Room direct = carol.request(id -> new DmOpen(id, aliceId), RoomResult.class).room();
      carol.say(direct.roomId(), "one last thing");
      both.app().openRoom("carol");
      TextArea composer = both.app().robot().lookup("#composer").queryAs(TextArea.class);
      assertThat(composer.isDisabled()).isFalse();

      carol.deleteAccount();

      AppDriver.waitFor("the composer disabled", composer::isDisabled);
      assertThat(both.app().robot().lookup("#send").queryAs(Button.class).isDisabled()).isTrue();
      AppDriver.waitFor(
          "the closed notice",
          () -> both.app().text("#chat-notice").contains("conversation is closed"));
    }
  }

  /** Waits until the open room shows carol's message {@code content} under the deleted name. */
  private void awaitUnderTheDeletedName(String content) {
    AppDriver.waitFor(
        "carol's message under the deleted name",
        () ->
            both.app().<ChatLine>list("#messages").getItems().stream()
                .anyMatch(
                    line ->
                        line.content().equals(content) && User.DELETED_NAME.equals(line.sender())));
  }
}
