package chat.client.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.net.Session;
import chat.client.support.Clients;
import chat.client.support.LiveServer;
import chat.client.support.Waits;
import chat.client.ui.search.Snippet.Part;
import chat.protocol.client.MessageSend;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.result.MessageResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchViewModelTest {

  @TempDir Path dir;
  private LiveServer server;
  private Session client;
  private Room room;
  private final List<Message> jumpedTo = new ArrayList<>();
  private SearchViewModel search;

  @BeforeEach
  void start() {
    server = LiveServer.start(dir.resolve("server"));
    client = Clients.signedUp(server, dir.resolve("app"), "alice");
    room = Clients.publicRoom(client, "general");
    search =
        new SearchViewModel(
            client, roomId -> roomId.equals(room.roomId()) ? "general" : "?", jumpedTo::add);
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void aResultShowsItsRoomSenderTimeAndMatchedWords() {
    Message sent = post("Shall we have lunch at noon?");
    post("something else");

    searchFor("LUNCH");

    Waits.until("one result", () -> search.results().size() == 1);
    SearchResult result = search.results().getFirst();
    assertThat(result.roomName()).isEqualTo("general");
    assertThat(result.message()).isEqualTo(sent);
    assertThat(result.message().senderName()).isEqualTo("alice");
    assertThat(result.snippet().parts())
        .containsExactly(
            new Part("Shall we have ", false),
            new Part("lunch", true),
            new Part(" at noon?", false));
    assertThat(search.statusProperty().get()).isEmpty();
  }

  @Test
  void moreResultsLoadAfterTheLastOneUntilNoneAreLeft() {
    for (int i = 1; i <= SearchViewModel.PAGE + 5; i++) {
      post("note " + i);
    }

    searchFor("note");
    Waits.until("the first page", () -> search.results().size() == SearchViewModel.PAGE);
    assertThat(search.hasMore()).isTrue();
    search.loadMore();
    Waits.until("the second page", () -> search.results().size() == SearchViewModel.PAGE + 5);

    assertThat(search.hasMore()).isFalse();
    assertThat(search.results())
        .extracting(r -> r.message().content())
        .startsWith("note 25", "note 24")
        .endsWith("note 2", "note 1")
        .doesNotHaveDuplicates();
  }

  @Test
  void aQueryTheServerRefusesShowsWhy() {
    searchFor("lunch before:soon");

    Waits.until("the objection", () -> !search.statusProperty().get().equals("Searching…"));
    assertThat(search.statusProperty().get()).isNotEmpty();
    assertThat(search.results()).isEmpty();
  }

  @Test
  void nothingFoundSaysSoAndANewSearchReplacesTheResults() {
    post("pizza tonight");
    searchFor("pizza");
    Waits.until("a result", () -> search.results().size() == 1);

    searchFor("sushi");

    Waits.until("no match", () -> search.statusProperty().get().startsWith("No messages match"));
    assertThat(search.results()).isEmpty();
  }

  @Test
  void choosingAResultJumpsToItsMessage() {
    Message sent = post("find me");
    searchFor("find");
    Waits.until("a result", () -> search.results().size() == 1);

    search.choose(search.results().getFirst());

    assertThat(jumpedTo).containsExactly(sent);
  }

  private void searchFor(String query) {
    search.queryProperty().set(query);
    search.search();
  }

  private Message post(String text) {
    return client
        .request(id -> new MessageSend(id, room.roomId(), text, "c-" + text), MessageResult.class)
        .join()
        .message();
  }
}
