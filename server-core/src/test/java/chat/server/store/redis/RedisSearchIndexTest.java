package chat.server.store.redis;

import static chat.protocol.model.RoomVisibility.PRIVATE;
import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Message;
import chat.protocol.search.SearchTerm;
import chat.protocol.search.SearchText;
import chat.server.store.MessageQuery;
import chat.server.store.NewMessage;
import chat.server.store.SearchIndexContract;
import chat.server.store.Storage;
import chat.server.support.RedisServerExtension;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisSearchIndexTest extends SearchIndexContract {

  @RegisterExtension static final RedisServerExtension redis = new RedisServerExtension();

  @Override
  protected Storage openStorage() {
    return RedisStorage.open(redis.topology());
  }

  /** Candidates that the index finds but the phrase check rejects must not end the walk early. */
  @Test
  void aSearchWalksPastChunksOfRejectedCandidates() {
    String cy = user("cy");
    room("big", "Big", PRIVATE, 1_000, cy);
    int total = SearchScan.CHUNK * 2 + 10;
    for (int i = 0; i < total; i++) {
      String content = i < 5 ? "alpha beta " + i : "beta alpha " + i;
      storage.messages().append(new NewMessage("big", cy, "cy", content, "k" + i, 1_000 + i));
    }

    List<String> found =
        storage
            .search()
            .search(
                new MessageQuery(
                    List.of(new SearchTerm(SearchText.foldedWords("alpha beta"), false)),
                    Set.of("big"),
                    Set.of(),
                    Long.MIN_VALUE,
                    Long.MAX_VALUE,
                    null,
                    10))
            .stream()
            .map(Message::content)
            .toList();

    assertThat(found)
        .containsExactly(
            "alpha beta 4", "alpha beta 3", "alpha beta 2", "alpha beta 1", "alpha beta 0");
  }
}
