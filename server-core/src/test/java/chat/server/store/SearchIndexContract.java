package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Message;
import chat.protocol.search.SearchTerm;
import chat.protocol.search.SearchText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SearchIndex} must do with the messages its {@link MessageStore} appends. Terms
 * are built the way the query parser builds them, with {@link SearchText}.
 */
public abstract class SearchIndexContract extends StorageContract {

  private static final Set<String> ALL_ROOMS = Set.of("r1", "r2", "r3");

  private String ann;
  private String bob;
  private int sent;

  @BeforeEach
  void createRooms() {
    ann = user("ann");
    bob = user("bob");
    sharedPrivateRooms(ann, bob, "r1", "r2", "r3");
  }

  private Message send(String roomId, String senderId, long timestamp, String content) {
    sent++;
    return storage
        .messages()
        .append(new NewMessage(roomId, senderId, senderId, content, "c" + sent, timestamp))
        .message();
  }

  private Message send(String content) {
    return send("r1", ann, 5_000, content);
  }

  /** A word or phrase term, split and folded as the parser does. */
  private static SearchTerm term(String text) {
    return new SearchTerm(SearchText.foldedWords(text), false);
  }

  private static SearchTerm prefix(String text) {
    return new SearchTerm(SearchText.foldedWords(text), true);
  }

  private List<String> find(SearchTerm... terms) {
    return find(
        new MessageQuery(
            List.of(terms), ALL_ROOMS, Set.of(), Long.MIN_VALUE, Long.MAX_VALUE, null, 100));
  }

  private List<String> find(MessageQuery query) {
    return storage.search().search(query).stream().map(Message::content).toList();
  }

  @Test
  void aMessageIsFoundAsSoonAsItsAppendReturnsAndWhole() {
    Message sent = send("deploy the release tonight");

    assertThat(storage.search().search(queryOf(term("release")))).containsExactly(sent);
  }

  @Test
  void everyWordMustMatchInAnyOrder() {
    send("the quick brown fox");
    send("a brown dog");

    assertThat(find(term("fox"), term("quick"))).containsExactly("the quick brown fox");
    assertThat(find(term("brown"))).containsExactlyInAnyOrder("the quick brown fox", "a brown dog");
    assertThat(find(term("quick"), term("dog"))).isEmpty();
  }

  @Test
  void wordsAreWholeUnlessAPrefixIsAsked() {
    send("lunchtime soon");
    send("a clunky lunch");

    assertThat(find(term("lunch"))).containsExactly("a clunky lunch");
    assertThat(find(prefix("lunch"))).containsExactlyInAnyOrder("lunchtime soon", "a clunky lunch");
    assertThat(find(prefix("lunk"))).isEmpty();
  }

  @Test
  void aPhraseMatchesItsWordsInOrderAndSideBySide() {
    send("team lunch on friday");
    send("lunch with the team");
    send("team and lunch");

    assertThat(find(term("team lunch"))).containsExactly("team lunch on friday");
    assertThat(find(prefix("team lun"))).containsExactly("team lunch on friday");
  }

  @Test
  void theMessagesPlainTextIsIndexedNotItsMarkdown() {
    send("**fish** &amp; _chips_ tonight");

    assertThat(find(term("fish"))).containsExactly("**fish** &amp; _chips_ tonight");
    assertThat(find(term("fish chips"))).containsExactly("**fish** &amp; _chips_ tonight");
    assertThat(find(term("amp"))).as("an entity is its character").isEmpty();
  }

  @Test
  void caseAndAccentsAreIgnoredBothWays() {
    send("Crème BRÛLÉE for dessert");
    send("creme brulee again");

    assertThat(find(term("CRÈME"), term("brulee")))
        .containsExactlyInAnyOrder("Crème BRÛLÉE for dessert", "creme brulee again");
  }

  @Test
  void anyRunOfChineseOrJapaneseCharactersIsFoundInsideLongerText() {
    send("明日東京タワーに行きます");
    send("京都と東北");

    assertThat(find(term("東京"))).containsExactly("明日東京タワーに行きます");
    assertThat(find(term("タワー"))).containsExactly("明日東京タワーに行きます");
    assertThat(find(term("京東"))).isEmpty();
    assertThat(find(term("東"))).hasSize(2);
  }

  @Test
  void onlyTheGivenRoomsAreSearched() {
    send("r1", ann, 5_000, "pizza in one");
    send("r2", ann, 5_000, "pizza in two");

    MessageQuery inTwo =
        new MessageQuery(
            List.of(term("pizza")),
            Set.of("r2"),
            Set.of(),
            Long.MIN_VALUE,
            Long.MAX_VALUE,
            null,
            10);

    assertThat(find(inTwo)).containsExactly("pizza in two");
  }

  @Test
  void senderAndTimeFilterWithOrWithoutWords() {
    send("r1", ann, 1_000, "early from ann");
    send("r1", bob, 2_000, "middle from bob");
    send("r1", ann, 3_000, "late from ann");

    MessageQuery fromAnnFromTwoUntilThree =
        new MessageQuery(List.of(), ALL_ROOMS, Set.of(ann), 1_000, 3_000, null, 10);
    MessageQuery bobOrAnnWithWords =
        new MessageQuery(
            List.of(term("from")), ALL_ROOMS, Set.of(ann, bob), 2_000, 3_001, null, 10);

    assertThat(find(fromAnnFromTwoUntilThree)).containsExactly("early from ann");
    assertThat(find(bobOrAnnWithWords)).containsExactly("late from ann", "middle from bob");
  }

  @Test
  void resultsAreNewestFirstUpToTheLimit() {
    List<String> sentInOrder = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      sentInOrder.add(send("r" + (1 + i % 3), ann, 5_000 + i, "note " + i).content());
    }

    MessageQuery three =
        new MessageQuery(
            List.of(term("note")), ALL_ROOMS, Set.of(), Long.MIN_VALUE, Long.MAX_VALUE, null, 3);

    assertThat(find(three)).containsExactly("note 4", "note 3", "note 2");
  }

  @Test
  void eachNextPageStartsAfterTheLastResultAcrossRoomsUntilNoneAreLeft() {
    for (int i = 0; i < 7; i++) {
      send("r" + (1 + i % 3), ann, 5_000 + i, "note " + i);
    }
    send("r1", ann, 9_000, "unrelated");

    List<String> pages = new ArrayList<>();
    Message last = null;
    for (int page = 0; page < 4; page++) {
      List<Message> found =
          storage
              .search()
              .search(
                  new MessageQuery(
                      List.of(term("note")),
                      ALL_ROOMS,
                      Set.of(),
                      Long.MIN_VALUE,
                      Long.MAX_VALUE,
                      last,
                      3));
      pages.add(found.stream().map(Message::content).toList().toString());
      last = found.isEmpty() ? last : found.getLast();
    }

    assertThat(pages)
        .containsExactly("[note 6, note 5, note 4]", "[note 3, note 2, note 1]", "[note 0]", "[]");
  }

  @Test
  void theCursorNeedNotMatchTheQueryNorBeInTheSearchedRooms() {
    send("r1", ann, 1_000, "old pizza");
    Message cursor = send("r2", ann, 2_000, "no match here");
    send("r1", ann, 3_000, "new pizza");

    MessageQuery olderThanCursor =
        new MessageQuery(
            List.of(term("pizza")),
            Set.of("r1"),
            Set.of(),
            Long.MIN_VALUE,
            Long.MAX_VALUE,
            cursor,
            10);
    MessageQuery operatorsOnly =
        new MessageQuery(List.of(), Set.of("r1"), Set.of(ann), 0, 10_000, cursor, 10);

    assertThat(find(olderThanCursor)).containsExactly("old pizza");
    assertThat(find(operatorsOnly)).containsExactly("old pizza");
  }

  @Test
  void aResentMessageIsIndexedOnce() {
    send("r1", ann, 5_000, "only once");
    storage.messages().append(new NewMessage("r1", ann, ann, "only once", "c" + sent, 6_000));

    assertThat(find(term("once"))).hasSize(1);
  }

  @Test
  void theIndexSurvivesAReopen() {
    send("kept across restarts");

    reopen();

    assertThat(find(term("restarts"))).containsExactly("kept across restarts");
  }

  private static MessageQuery queryOf(SearchTerm... terms) {
    return new MessageQuery(
        List.of(terms), ALL_ROOMS, Set.of(), Long.MIN_VALUE, Long.MAX_VALUE, null, 100);
  }
}
