package chat.client.crypto.store;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.search.SearchTerm;
import chat.protocol.search.SearchText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's own search over encrypted rooms, with the server's words and the server's matching. */
class LocalSearchIndexTest {

  private static final Set<String> ROOM = Set.of("r-1");

  @TempDir Path dir;

  private final LocalSearchIndex index = new LocalSearchIndex();

  @Test
  void aMessageIsFoundWhenEveryTermMatchesAndCarriesItsSenderAndTime() {
    index.put("r-1", "m1", 1000, "u-alice", "Lunch at the harbour on Friday", List.of());
    index.put("r-1", "m2", 2000, "u-bob", "Lunch is cancelled", List.of());

    assertThat(search("lunch", "friday"))
        .containsExactly(new LocalSearchIndex.Hit("r-1", "m1", 1000, "u-alice"));
    assertThat(search("lunch", "monday")).isEmpty();
  }

  @Test
  void accentsAndCaseAreFoldedAsTheServerFoldsThem() {
    index.put("r-1", "m1", 1000, "u-alice", "Un Café CRÈME, s'il vous plaît", List.of());

    assertThat(search("cafe", "creme")).extracting(LocalSearchIndex.Hit::messageId).contains("m1");
    assertThat(search("CAFÉ")).extracting(LocalSearchIndex.Hit::messageId).contains("m1");
    assertThat(search("plait")).extracting(LocalSearchIndex.Hit::messageId).contains("m1");
  }

  @Test
  void aRunOfChineseOrJapaneseCharactersIsFoundInsideALongerText() {
    index.put("r-1", "m1", 1000, "u-alice", "東京タワーに行きました", List.of());
    index.put("r-1", "m2", 2000, "u-alice", "京都と東北", List.of());

    assertThat(search("東京")).extracting(LocalSearchIndex.Hit::messageId).containsExactly("m1");
    assertThat(search("タワー")).extracting(LocalSearchIndex.Hit::messageId).containsExactly("m1");
    assertThat(search("京東")).isEmpty();
  }

  @Test
  void aPhraseMatchesItsWordsInTheirOrderOnly() {
    index.put("r-1", "m1", 1000, "u-alice", "the team lunch is at noon", List.of());

    assertThat(search("team lunch")).hasSize(1);
    assertThat(search("lunch team")).isEmpty();
  }

  @Test
  void aPrefixTermMatchesTheStartOfItsLastWordAndAPlainTermTheWholeWord() {
    index.put("r-1", "m1", 1000, "u-alice", "the team lunch is at noon", List.of());

    assertThat(index.search(ROOM, List.of(prefix("lun")), null, 10).hits()).hasSize(1);
    assertThat(index.search(ROOM, List.of(prefix("team lun")), null, 10).hits()).hasSize(1);
    assertThat(search("lun")).isEmpty();
  }

  @Test
  void theNamesOfAMessagesFilesAreSearchedTooButAPhraseStaysWithinTheBodyOrTheNames() {
    index.put("r-1", "m1", 1000, "u-alice", "here it is", List.of("Q3-report.pdf"));

    assertThat(search("report")).hasSize(1);
    assertThat(search("q3 report")).hasSize(1);
    assertThat(search("here", "report")).hasSize(1);
    assertThat(search("here report")).isEmpty();
  }

  @Test
  void onlyTheRoomsAskedForAreSearched() {
    index.put("r-1", "m1", 1000, "u-alice", "budget", List.of());
    index.put("r-2", "m2", 2000, "u-alice", "budget", List.of());

    assertThat(index.search(Set.of("r-2"), List.of(term("budget")), null, 10).hits())
        .extracting(LocalSearchIndex.Hit::messageId)
        .containsExactly("m2");
    assertThat(index.search(Set.of("r-1", "r-2"), List.of(term("budget")), null, 10).hits())
        .hasSize(2);
  }

  @Test
  void resultsComeNewestFirstInPagesThatACursorContinues() {
    for (int i = 1; i <= 5; i++) {
      index.put("r-1", "m" + i, i * 1000L, "u-alice", "standup notes " + i, List.of());
    }

    LocalSearchIndex.Page first = index.search(ROOM, List.of(term("standup")), null, 2);
    LocalSearchIndex.Page second = index.search(ROOM, List.of(term("standup")), first.next(), 2);
    LocalSearchIndex.Page last = index.search(ROOM, List.of(term("standup")), second.next(), 2);

    assertThat(first.hits())
        .extracting(LocalSearchIndex.Hit::messageId)
        .containsExactly("m5", "m4");
    assertThat(second.hits())
        .extracting(LocalSearchIndex.Hit::messageId)
        .containsExactly("m3", "m2");
    assertThat(last.hits()).extracting(LocalSearchIndex.Hit::messageId).containsExactly("m1");
    assertThat(last.next()).isNull();
  }

  @Test
  void aDeletedMessageIsNoLongerFound() {
    index.put("r-1", "m1", 1000, "u-alice", "secret plans", List.of("plans.txt"));

    index.remove("r-1", "m1");

    assertThat(search("plans")).isEmpty();
    assertThat(index.search(ROOM, List.of(prefix("pl")), null, 10).hits()).isEmpty();
  }

  @Test
  void anEditedMessageIsFoundByItsNewWordsOnly() {
    index.put("r-1", "m1", 1000, "u-alice", "meet on tuesday", List.of());

    index.put("r-1", "m1", 1000, "u-alice", "meet on wednesday", List.of());

    assertThat(search("tuesday")).isEmpty();
    assertThat(search("wednesday"))
        .extracting(LocalSearchIndex.Hit::messageId)
        .containsExactly("m1");
  }

  @Test
  void theIndexIsSavedSealedAndLoadedBack() throws Exception {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    index.put("r-1", "m1", 1000, "u-alice", "confidential roadmap", List.of("plan.pdf"));
    index.put("r-1", "m2", 2000, "u-bob", "東京 roadmap", List.of());

    index.save(DeviceKeyStore.open(dir.resolve("crypto"), key));
    LocalSearchIndex loaded =
        LocalSearchIndex.load(DeviceKeyStore.open(dir.resolve("crypto"), key));

    assertThat(loaded.search(ROOM, List.of(term("roadmap")), null, 10).hits())
        .extracting(LocalSearchIndex.Hit::messageId)
        .containsExactly("m2", "m1");
    assertThat(loaded.search(ROOM, List.of(term("plan")), null, 10).hits()).hasSize(1);
    assertThat(loaded.search(ROOM, List.of(term("東京")), null, 10).hits()).hasSize(1);
    assertThat(Files.readString(dir.resolve("crypto/search-index"), StandardCharsets.ISO_8859_1))
        .doesNotContain("roadmap");
  }

  @Test
  void aStoreWithNoSavedIndexLoadsAnEmptyOne() throws Exception {
    LocalSearchIndex loaded =
        LocalSearchIndex.load(DeviceKeyStore.open(dir.resolve("crypto"), new byte[32]));

    assertThat(loaded.search(ROOM, List.of(term("anything")), null, 10).hits()).isEmpty();
  }

  /** Each query word a term of its own, as the server's parser makes them. */
  private List<LocalSearchIndex.Hit> search(String... terms) {
    return index
        .search(ROOM, Stream.of(terms).map(LocalSearchIndexTest::term).toList(), null, 10)
        .hits();
  }

  private static SearchTerm term(String text) {
    return new SearchTerm(SearchText.foldedWords(text), false);
  }

  private static SearchTerm prefix(String text) {
    return new SearchTerm(SearchText.foldedWords(text), true);
  }
}
