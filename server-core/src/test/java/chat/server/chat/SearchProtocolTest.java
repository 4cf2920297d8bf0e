package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ApiClient.Login;
import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code message.search} over a real socket: every operator of the query syntax with a case it must
 * not match, folding, CJK, authorization, ordering, limits and the highlight.
 */
class SearchProtocolTest {

  @RegisterExtension static final TestServer server = TestServer.create();

  TwoMembers members;
  String general;
  String lunch;

  /** Alice and Bob share "General" and "Team Lunch". */
  @BeforeEach
  void twoSharedRooms() {
    members = TwoMembers.inPrivateRoom(server, "find", "General");
    general = members.roomId();
    lunch = members.createPrivateRoom("Team Lunch");
  }

  @Test
  void everyWordMustMatchInAnyOrder() {
    send(members.aliceSocket(), general, "the quick brown fox jumps");
    send(members.aliceSocket(), general, "a brown dog sleeps");

    assertThat(contents("fox QUICK")).containsExactly("the quick brown fox jumps");
    assertThat(contents("brown")).hasSize(2);
    assertThat(contents("quick dog")).isEmpty();
    assertThat(contents("quic")).as("whole words only").isEmpty();
  }

  @Test
  void aPhraseMatchesOnlyInItsOrder() {
    send(members.aliceSocket(), general, "team lunch on friday");
    send(members.aliceSocket(), general, "lunch with the team");

    assertThat(contents("\"team lunch\"")).containsExactly("team lunch on friday");
    assertThat(contents("\"lunch team\"")).isEmpty();
  }

  @Test
  void aPrefixMatchesTheStartsOfWords() {
    send(members.aliceSocket(), general, "deployment finished");
    send(members.aliceSocket(), general, "redeploy later");

    assertThat(contents("deploy*")).containsExactly("deployment finished");
    assertThat(contents("ploy*")).isEmpty();
  }

  @Test
  void fromKeepsOneSendersMessages() {
    send(members.aliceSocket(), general, "status from alice");
    send(members.bobSocket(), general, "status from bob");

    assertThat(contents("status from:" + members.bob().username().toUpperCase()))
        .containsExactly("status from bob");
    assertThat(contents("from:" + members.alice().username())).containsExactly("status from alice");
    assertThat(contents("status from:nobody_at_all")).isEmpty();
  }

  @Test
  void inKeepsOneRoomByNameIgnoringCase() {
    send(members.aliceSocket(), general, "pizza in general");
    send(members.aliceSocket(), lunch, "pizza at lunch");

    assertThat(contents("pizza in:general")).containsExactly("pizza in general");
    assertThat(contents("pizza in:\"TEAM lunch\"")).containsExactly("pizza at lunch");
    assertThat(contents("pizza in:random")).isEmpty();
  }

  @Test
  void beforeAndAfterAreExclusiveUtcDays() {
    JsonNode message = send(members.aliceSocket(), general, "dated note");
    LocalDate day =
        Instant.ofEpochMilli(message.path("timestamp").asLong())
            .atZone(ZoneOffset.UTC)
            .toLocalDate();

    assertThat(contents("note after:" + day.minusDays(1))).containsExactly("dated note");
    assertThat(contents("note after:" + day)).isEmpty();
    assertThat(contents("note before:" + day.plusDays(1))).containsExactly("dated note");
    assertThat(contents("note before:" + day)).isEmpty();
    assertThat(
            contents(
                "from:"
                    + members.alice().username()
                    + " after:"
                    + day.minusDays(1)
                    + " before:"
                    + day.plusDays(1)))
        .containsExactly("dated note");
  }

  @Test
  void onlyTheCallersRoomsAreSearched() {
    Login carol = server.api().registered(TwoMembers.uniqueName("findcarol"));
    SocketClient carolSocket = server.connect(carol);
    String secret =
        TwoMembers.roomIdOf(
            carolSocket.ok("room.create", "name", "Secret", "visibility", "private"));
    send(carolSocket, secret, "launch codes");
    send(members.aliceSocket(), general, "launch party");

    assertThat(contents("launch")).containsExactly("launch party");
    assertThat(contents("launch in:secret")).isEmpty();
    assertThat(errorCode(search("launch", secret))).isEqualTo("FORBIDDEN");
    assertThat(errorCode(search("launch", "r_nowhere"))).isEqualTo("NOT_FOUND");
  }

  @Test
  void roomIdNarrowsTheSearchToThatRoom() {
    send(members.aliceSocket(), general, "coffee here");
    send(members.aliceSocket(), lunch, "coffee there");

    JsonNode results =
        members.aliceSocket().ok("message.search", "query", "coffee", "roomId", lunch);

    assertThat(contents(results)).containsExactly("coffee there");
  }

  @Test
  void caseAndAccentsAreIgnored() {
    send(members.aliceSocket(), general, "Crème Brûlée tonight");

    assertThat(contents("creme BRULEE")).containsExactly("Crème Brûlée tonight");
    assertThat(contents("crème")).containsExactly("Crème Brûlée tonight");
  }

  @Test
  void chineseAndJapaneseAreFoundInsideUnspacedText() {
    send(members.aliceSocket(), general, "明日東京タワーに行きました");
    send(members.aliceSocket(), general, "我爱北京天安门");

    assertThat(contents("東京")).containsExactly("明日東京タワーに行きました");
    assertThat(contents("タワー")).containsExactly("明日東京タワーに行きました");
    assertThat(contents("北京")).containsExactly("我爱北京天安门");
    assertThat(contents("京東")).isEmpty();
  }

  @Test
  void aHitCarriesTheWholeMessageAndAHighlight() {
    JsonNode sent = send(members.aliceSocket(), general, "Shall we have LUNCH at noon?");

    JsonNode hit =
        members.aliceSocket().ok("message.search", "query", "lunch").path("results").get(0);

    assertThat(hit.path("message")).isEqualTo(sent);
    assertThat(hit.path("highlight").asText()).isEqualTo("Shall we have [[LUNCH]] at noon?");
  }

  @Test
  void aBoldedWordIsFoundAndItsHighlightShowsNoMarkup() {
    String content = "The **deadline** is _Friday_, see [the plan](https://example.com/plan)";
    send(members.aliceSocket(), general, content);

    JsonNode hit =
        members.aliceSocket().ok("message.search", "query", "deadline").path("results").get(0);

    assertThat(hit.path("message").path("content").asText()).isEqualTo(content);
    assertThat(hit.path("highlight").asText())
        .isEqualTo("The [[deadline]] is Friday, see the plan (https://example.com/plan)");
    assertThat(contents("plan")).containsExactly(content);
  }

  @Test
  void aLongMessagesHighlightIsAtMost160Characters() {
    send(members.aliceSocket(), general, "filler ".repeat(200) + "needle " + "filler ".repeat(200));

    String highlight =
        members
            .aliceSocket()
            .ok("message.search", "query", "needle")
            .path("results")
            .get(0)
            .path("highlight")
            .asText();

    assertThat(highlight.codePointCount(0, highlight.length())).isLessThanOrEqualTo(160);
    assertThat(highlight).contains("[[needle]]");
  }

  @Test
  void resultsAreNewestFirstWithinTheLimit() {
    for (int i = 1; i <= 3; i++) {
      send(members.aliceSocket(), i % 2 == 0 ? general : lunch, "update " + i);
    }

    JsonNode two = members.aliceSocket().ok("message.search", "query", "update", "limit", 2);

    assertThat(contents(two)).containsExactly("update 3", "update 2");
    assertThat(contents("update")).containsExactly("update 3", "update 2", "update 1");
  }

  @Test
  void beforeTheLastResultGivesTheNextPageUntilHasMoreIsFalse() {
    for (int i = 1; i <= 5; i++) {
      send(members.aliceSocket(), i % 2 == 0 ? general : lunch, "paged " + i);
    }

    JsonNode first = members.aliceSocket().ok("message.search", "query", "paged", "limit", 2);
    JsonNode second =
        members
            .aliceSocket()
            .ok("message.search", "query", "paged", "limit", 2, "before", lastId(first));
    JsonNode third =
        members
            .aliceSocket()
            .ok("message.search", "query", "paged", "limit", 2, "before", lastId(second));

    assertThat(contents(first)).containsExactly("paged 5", "paged 4");
    assertThat(contents(second)).containsExactly("paged 3", "paged 2");
    assertThat(contents(third)).containsExactly("paged 1");
    assertThat(List.of(first, second, third))
        .extracting(page -> page.path("hasMore").asBoolean())
        .containsExactly(true, true, false);
  }

  @Test
  void aCursorThatIsNoMessageOfTheCallersRoomsIsInvalidInput() {
    Login carol = server.api().registered(TwoMembers.uniqueName("pagecarol"));
    SocketClient carolSocket = server.connect(carol);
    String secret =
        TwoMembers.roomIdOf(
            carolSocket.ok("room.create", "name", "Hidden", "visibility", "private"));
    String hidden = send(carolSocket, secret, "hidden page").path("messageId").asText();
    send(members.aliceSocket(), general, "visible page");

    for (String cursor : new String[] {"m_nowhere", hidden}) {
      JsonNode answer =
          members.aliceSocket().request("message.search", "query", "page", "before", cursor);
      assertThat(errorCode(answer)).isEqualTo("INVALID_INPUT");
      assertThat(answer.path("error").path("field").asText()).isEqualTo("before");
    }
    assertThat(contents("page")).containsExactly("visible page");
  }

  @Test
  void aMessageIsSearchableAsSoonAsItIsAcked() {
    send(members.aliceSocket(), general, "instantly findable");

    assertThat(contents("findable")).containsExactly("instantly findable");
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", "!!!", "from:", "before:2024-13-45", "after:soon"})
  void aQueryWithNothingToMatchOrABadOperatorIsInvalidInput(String query) {
    JsonNode answer = search(query, null);

    assertThat(errorCode(answer)).isEqualTo("INVALID_INPUT");
    assertThat(answer.path("error").path("field").asText()).isEqualTo("query");
  }

  @Test
  void theLimitIsOneToAHundred() {
    for (int limit : new int[] {0, 101}) {
      JsonNode answer =
          members.aliceSocket().request("message.search", "query", "x", "limit", limit);
      assertThat(errorCode(answer)).isEqualTo("INVALID_INPUT");
      assertThat(answer.path("error").path("field").asText()).isEqualTo("limit");
    }
  }

  private JsonNode search(String query, String roomId) {
    return roomId == null
        ? members.aliceSocket().request("message.search", "query", query)
        : members.aliceSocket().request("message.search", "query", query, "roomId", roomId);
  }

  private List<String> contents(String query) {
    return contents(members.aliceSocket().ok("message.search", "query", query));
  }

  private static String lastId(JsonNode results) {
    return results
        .path("results")
        .get(results.path("results").size() - 1)
        .path("message")
        .path("messageId")
        .asText();
  }

  private static List<String> contents(JsonNode results) {
    return StreamSupport.stream(results.path("results").spliterator(), false)
        .map(hit -> hit.path("message").path("content").asText())
        .toList();
  }

  private static JsonNode send(SocketClient socket, String roomId, String content) {
    return TwoMembers.send(socket, roomId, content, "c-" + content.hashCode());
  }

  private static String errorCode(JsonNode answer) {
    return answer.path("error").path("code").asText();
  }
}
