package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.Limits;
import chat.protocol.model.Message;
import chat.server.store.ChangeResult.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link MessageChangeStore} must do: edits, tombstones, reactions, pins, positions. */
public abstract class MessageChangeStoreContract extends StorageContract {

  private static final List<String> EMOJI =
      IntStream.range(0, Limits.MAX_REACTION_EMOJI + 1)
          .mapToObj(i -> Character.toString(0x1F600 + i))
          .toList();

  private String alice;
  private String bob;
  private int sent;

  @BeforeEach
  void createRooms() {
    alice = user("alice");
    bob = user("bob");
    sharedPrivateRooms(alice, bob, "r1", "r2");
  }

  /**
   * Everything the adapter holds, as text a reader of its files or keys could get at: a deleted
   * message's text must not be in it.
   */
  protected abstract String everythingStored();

  /** Whether {@link #everythingStored} holds {@code word}, said without printing it all. */
  private boolean holds(String word) {
    return everythingStored().contains(word);
  }

  /** How long the words of a deleted message's earlier versions may stay in the store. */
  private static final Duration EARLIER_WORDS_GONE_WITHIN = Duration.ofSeconds(30);

  /** Waits until the store holds none of {@code words}, failing after the bound. */
  private void awaitHoldingNone(String... words) throws InterruptedException {
    long deadline = System.nanoTime() + EARLIER_WORDS_GONE_WITHIN.toNanos();
    while (Stream.of(words).anyMatch(this::holds) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    for (String word : words) {
      assertThat(holds(word)).as("a word of an earlier version: %s", word).isFalse();
    }
  }

  private MessageChangeStore changes() {
    return storage.messageChanges();
  }

  private Message send(String roomId, String content) {
    String clientMsgId = "c" + sent++;
    return storage
        .messages()
        .append(new NewMessage(roomId, alice, "Alice", content, clientMsgId, 5_000))
        .message();
  }

  private Message send(String content) {
    return send("r1", content);
  }

  private List<Message> history() {
    return storage.messages().newest("r1", 100).messages();
  }

  private Message stored(Message message) {
    return storage.messages().find(message.messageId()).orElseThrow();
  }

  private List<String> search(String word) {
    return storage
        .search()
        .search(
            new MessageQuery(
                List.of(new SearchTerm(SearchText.foldedWords(word), false)),
                Set.of("r1", "r2"),
                Set.of(),
                Long.MIN_VALUE,
                Long.MAX_VALUE,
                null,
                100))
        .stream()
        .map(Message::messageId)
        .toList();
  }

  private ChangeResult react(Message message, String userId, String emoji) {
    return changes().addReaction("r1", message.messageId(), userId, emoji);
  }

  @Test
  void anEditReplacesTheContentAndSetsEditedAtKeepingEverythingElse() {
    Message original = send("first words");

    ChangeResult result = changes().edit(original, "second words", Mentions.NONE, 9_000);

    assertThat(result.outcome()).isEqualTo(Outcome.CHANGED);
    assertThat(result.message().content()).isEqualTo("second words");
    assertThat(result.message().editedAt()).isEqualTo(9_000);
    assertThat(result.message().messageId()).isEqualTo(original.messageId());
    assertThat(result.message().timestamp()).isEqualTo(original.timestamp());
    assertThat(stored(original)).isEqualTo(result.message());
    assertThat(history()).containsExactly(result.message());
  }

  @Test
  void anEditedMessageIsFoundByItsNewWordsAndNoLongerByItsOld() {
    Message message = send("apricot harbour");

    changes().edit(message, "harbour walnut", Mentions.NONE, 9_000);

    assertThat(search("apricot")).isEmpty();
    assertThat(search("walnut")).containsExactly(message.messageId());
    assertThat(search("harbour")).containsExactly(message.messageId());
  }

  @Test
  void aDeletionLeavesATombstoneInTheMessagesPlace() {
    Message before = send("before");
    Message doomed = send("doomed");
    Message after = send("after");
    react(doomed, bob, "👍");
    changes().pin("r1", doomed.messageId(), alice, 7_000);

    ChangeResult result = changes().delete("r1", doomed.messageId());

    assertThat(result.outcome()).isEqualTo(Outcome.CHANGED);
    Message tombstone = result.message();
    assertThat(tombstone.messageId()).isEqualTo(doomed.messageId());
    assertThat(tombstone.deleted()).isTrue();
    assertThat(tombstone.content()).isEmpty();
    assertThat(tombstone.reactions()).isNull();
    assertThat(tombstone.pinnedAt()).isNull();
    assertThat(tombstone.pinnedBy()).isNull();
    assertThat(history()).containsExactly(before, tombstone, after);
    assertThat(changes().pins("r1")).isEmpty();
  }

  @Test
  void aDeletedMessageIsFoundByNoSearch() {
    Message message = send("quokka sunrise");

    changes().delete("r1", message.messageId());

    assertThat(search("quokka")).isEmpty();
    assertThat(search("sunrise")).isEmpty();
  }

  /**
   * The text a message has when it is deleted leaves the store at once; the words of its earlier
   * versions (the words the last edit kept among them) may take a while, bounded here by {@link
   * #EARLIER_WORDS_GONE_WITHIN}.
   */
  @Test
  void aDeletedMessagesTextIsLeftNowhereInTheStore() throws InterruptedException {
    send("zebrafinch stays");
    Message doomed = send("xylophonist " + "secretword".repeat(3) + " goes");
    changes().edit(doomed, "xylophonist qwertyuiopword goes", Mentions.NONE, 6_000);
    assertThat(holds("qwertyuiopword")).isTrue();

    changes().delete("r1", doomed.messageId());

    assertThat(holds("qwertyuiopword")).as("a word of its edited text only").isFalse();
    awaitHoldingNone("xylophonist", "secretword");
    assertThat(holds("zebrafinch")).as("the text of a message not deleted").isTrue();
  }

  @Test
  void aDeletedMessagesFilesAreFoundNoMoreAndOtherFilesStay() {
    storage.files().insert(fileIn("f-doomed"));
    storage.files().insert(fileIn("f-kept"));
    Message doomed =
        storage
            .messages()
            .append(
                new NewMessage("r1", alice, "Alice", "see file", "c-file", 5_000)
                    .attaching(List.of("f-doomed")))
            .message();

    changes().delete("r1", doomed.messageId());

    assertThat(storage.files().find("f-doomed")).isEmpty();
    assertThat(storage.files().find("f-kept")).isPresent();
  }

  private FileRecord fileIn(String fileId) {
    return new FileRecord(
        fileId, "r1", alice, fileId + ".txt", 3, "text/plain", "a".repeat(64), 5_000, null, null);
  }

  @Test
  void aDeletedOrUnknownMessageCannotBeChangedAndNothingIsStored() {
    Message message = send("gone soon");
    changes().delete("r1", message.messageId());
    long position = changes().changeSeq("r1");
    List<Message> history = history();

    for (String id : List.of(message.messageId(), "m_unknown", send("r2", "other").messageId())) {
      Message asRead = Message.text(id, "r1", alice, "Alice", "gone soon", 1_000, "c-read");
      assertThat(changes().edit(asRead, "again", Mentions.NONE, 9_000).outcome())
          .isEqualTo(Outcome.NOT_FOUND);
      assertThat(changes().delete("r1", id).outcome()).isEqualTo(Outcome.NOT_FOUND);
      assertThat(changes().addReaction("r1", id, bob, "👍").outcome()).isEqualTo(Outcome.NOT_FOUND);
      assertThat(changes().removeReaction("r1", id, bob, "👍").outcome())
          .isEqualTo(Outcome.NOT_FOUND);
      assertThat(changes().pin("r1", id, alice, 9_000).outcome()).isEqualTo(Outcome.NOT_FOUND);
      assertThat(changes().unpin("r1", id).outcome()).isEqualTo(Outcome.NOT_FOUND);
    }

    assertThat(changes().changeSeq("r1")).isEqualTo(position);
    assertThat(history()).isEqualTo(history);
  }

  @Test
  void reactionsListEmojiInFirstReactedOrderAndUsersInReactionOrder() {
    Message message = send("react to me");

    react(message, bob, "🎉");
    react(message, alice, "👍");
    react(message, alice, "🎉");
    ChangeResult last = react(message, bob, "👍");

    Map<String, List<String>> expected =
        Map.of("🎉", List.of(bob, alice), "👍", List.of(alice, bob));
    assertThat(last.message().reactions()).containsExactlyEntriesOf(ordered(expected, "🎉", "👍"));
    assertThat(stored(message).reactions().keySet()).containsExactly("🎉", "👍");
    assertThat(history().getFirst().reactions()).isEqualTo(last.message().reactions());
    assertThat(storage.search().search(queryOfAll("react")).getFirst().reactions())
        .isEqualTo(last.message().reactions());
  }

  @Test
  void addingAReactionTwiceStoresItOnceAndMovesNoPosition() {
    Message message = send("once");
    react(message, bob, "👍");
    long position = changes().changeSeq("r1");

    ChangeResult again = react(message, bob, "👍");

    assertThat(again.outcome()).isEqualTo(Outcome.UNCHANGED);
    assertThat(again.message().reactions()).isEqualTo(Map.of("👍", List.of(bob)));
    assertThat(changes().changeSeq("r1")).isEqualTo(position);
  }

  @Test
  void removingAnAbsentReactionChangesNothing() {
    Message message = send("nothing to remove");
    react(message, bob, "👍");
    long position = changes().changeSeq("r1");

    ChangeResult result = changes().removeReaction("r1", message.messageId(), alice, "👍");

    assertThat(result.outcome()).isEqualTo(Outcome.UNCHANGED);
    assertThat(stored(message).reactions()).isEqualTo(Map.of("👍", List.of(bob)));
    assertThat(changes().changeSeq("r1")).isEqualTo(position);
  }

  @Test
  void removingAnEmojisLastUserRemovesTheEmoji() {
    Message message = send("removal");
    react(message, bob, "👍");
    react(message, bob, "🎉");

    ChangeResult result = changes().removeReaction("r1", message.messageId(), bob, "👍");

    assertThat(result.outcome()).isEqualTo(Outcome.CHANGED);
    assertThat(result.message().reactions()).isEqualTo(Map.of("🎉", List.of(bob)));
    changes().removeReaction("r1", message.messageId(), bob, "🎉");
    assertThat(stored(message).reactions()).isNull();
  }

  @Test
  void aTwentyFirstDistinctEmojiIsRefusedAndNothingIsStored() {
    Message message = send("many");
    EMOJI.subList(0, Limits.MAX_REACTION_EMOJI).forEach(emoji -> react(message, bob, emoji));
    Message full = stored(message);
    long position = changes().changeSeq("r1");

    ChangeResult refused = react(message, alice, EMOJI.getLast());
    ChangeResult sameEmoji = react(message, alice, EMOJI.getFirst());

    assertThat(refused.outcome()).isEqualTo(Outcome.LIMIT_REACHED);
    assertThat(full.reactions()).hasSize(Limits.MAX_REACTION_EMOJI);
    assertThat(changes().changeSeq("r1")).isEqualTo(position + 1);
    assertThat(sameEmoji.outcome()).isEqualTo(Outcome.CHANGED);
    assertThat(sameEmoji.message().reactions().keySet()).isEqualTo(full.reactions().keySet());
  }

  @Test
  void pinsAreListedMostRecentlyPinnedFirstAndPinningTwiceChangesNothing() {
    Message one = send("one");
    Message two = send("two");
    Message three = send("three");
    changes().pin("r1", two.messageId(), alice, 7_000);
    changes().pin("r1", one.messageId(), bob, 8_000);
    changes().pin("r1", three.messageId(), alice, 9_000);
    long position = changes().changeSeq("r1");

    ChangeResult again = changes().pin("r1", one.messageId(), alice, 10_000);

    assertThat(again.outcome()).isEqualTo(Outcome.UNCHANGED);
    assertThat(changes().changeSeq("r1")).isEqualTo(position);
    List<Message> pins = changes().pins("r1");
    assertThat(pins)
        .extracting(Message::messageId)
        .containsExactly(three.messageId(), one.messageId(), two.messageId());
    assertThat(pins.get(1).pinnedAt()).isEqualTo(8_000);
    assertThat(pins.get(1).pinnedBy()).isEqualTo(bob);
    assertThat(stored(one).pinnedBy()).isEqualTo(bob);
    assertThat(changes().pins("r2")).isEmpty();
  }

  @Test
  void anUnpinnedMessageLeavesThePinsAndUnpinningTwiceChangesNothing() {
    Message message = send("pinned");
    changes().pin("r1", message.messageId(), alice, 7_000);

    assertThat(changes().unpin("r1", message.messageId()).outcome()).isEqualTo(Outcome.CHANGED);
    long position = changes().changeSeq("r1");
    assertThat(changes().unpin("r1", message.messageId()).outcome()).isEqualTo(Outcome.UNCHANGED);

    assertThat(changes().changeSeq("r1")).isEqualTo(position);
    assertThat(changes().pins("r1")).isEmpty();
    assertThat(stored(message).pinnedAt()).isNull();
  }

  @Test
  void aRoomHoldsAtMostFiftyPins() {
    List<Message> sent = new ArrayList<>();
    for (int i = 0; i <= Limits.MAX_PINS_PER_ROOM; i++) {
      sent.add(send("pin " + i));
    }
    sent.subList(0, Limits.MAX_PINS_PER_ROOM)
        .forEach(message -> changes().pin("r1", message.messageId(), alice, 7_000));

    ChangeResult refused = changes().pin("r1", sent.getLast().messageId(), alice, 8_000);

    assertThat(refused.outcome()).isEqualTo(Outcome.LIMIT_REACHED);
    assertThat(changes().pins("r1")).hasSize(Limits.MAX_PINS_PER_ROOM);
    assertThat(stored(sent.getLast()).pinnedAt()).isNull();
  }

  @Test
  void everyChangeMovesItsRoomsPositionAndChangesAfterGivesEachMessageOnceAsItIsNow() {
    Message edited = send("edited");
    Message reacted = send("reacted");
    Message untouched = send("untouched");
    assertThat(changes().changeSeq("r1")).isZero();
    changes().edit(edited, "edited once", Mentions.NONE, 6_000);
    long afterFirst = changes().changeSeq("r1");
    react(reacted, bob, "👍");
    changes().pin("r1", reacted.messageId(), alice, 7_000);
    changes().edit(edited, "edited twice", Mentions.NONE, 8_000);

    ChangePage all = changes().changesAfter("r1", 0, 100);
    ChangePage later = changes().changesAfter("r1", afterFirst, 100);

    assertThat(afterFirst).isEqualTo(1);
    assertThat(changes().changeSeq("r1")).isEqualTo(4);
    assertThat(all.messages()).containsExactly(stored(reacted), stored(edited));
    assertThat(all.changeSeq()).isEqualTo(4);
    assertThat(all.more()).isFalse();
    assertThat(later.messages())
        .extracting(Message::messageId)
        .doesNotContain(untouched.messageId());
    assertThat(changes().changesAfter("r1", 4, 100)).isEqualTo(new ChangePage(List.of(), 4, false));
    assertThat(changes().changeSeq("r2")).isZero();
  }

  @Test
  void changesArePagedByTheirPositionWithoutGapOrRepeat() {
    List<Message> sent = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Message message = send("paged " + i);
      sent.add(message);
      react(message, bob, "👍");
    }

    ChangePage first = changes().changesAfter("r1", 0, 2);
    ChangePage second = changes().changesAfter("r1", first.changeSeq(), 2);
    ChangePage third = changes().changesAfter("r1", second.changeSeq(), 2);

    assertThat(first.more()).isTrue();
    assertThat(second.more()).isTrue();
    assertThat(third.more()).isFalse();
    assertThat(third.changeSeq()).isEqualTo(5);
    List<String> caughtUp = new ArrayList<>();
    for (ChangePage page : List.of(first, second, third)) {
      page.messages().forEach(message -> caughtUp.add(message.messageId()));
    }
    assertThat(caughtUp).isEqualTo(sent.stream().map(Message::messageId).toList());
  }

  @Test
  void aDeletionReachesChangesAfterAsATombstone() {
    Message message = send("to be deleted");
    long position = changes().changeSeq("r1");

    changes().delete("r1", message.messageId());

    Message tombstone = changes().changesAfter("r1", position, 100).messages().getFirst();
    assertThat(tombstone.deleted()).isTrue();
    assertThat(tombstone.messageId()).isEqualTo(message.messageId());
  }

  @Test
  void anEditToTheContentItHasWritesNothingAndAnswersTheMessageAsItIs() {
    Message message = send("same words");
    long position = changes().changeSeq("r1");
    List<Message> before = history();

    ChangeResult result = changes().edit(message, "same words", Mentions.NONE, 9_000);

    assertThat(result.outcome()).isEqualTo(Outcome.UNCHANGED);
    assertThat(result.message()).isEqualTo(stored(message));
    assertThat(result.message().editedAt()).isNull();
    assertThat(changes().changeSeq("r1")).as("the change position").isEqualTo(position);
    assertThat(history()).isEqualTo(before);
    assertThat(search("same")).containsExactly(message.messageId());
  }

  @Test
  void aDeletionSaysWhetherItTookTheMessageOutOfThePins() {
    Message pinned = send("pinned when deleted");
    Message unpinnedBefore = send("unpinned before");
    Message neverPinned = send("never pinned");
    changes().pin("r1", pinned.messageId(), alice, 5_000);
    changes().pin("r1", unpinnedBefore.messageId(), alice, 5_000);
    changes().unpin("r1", unpinnedBefore.messageId());

    assertThat(changes().delete("r1", pinned.messageId()).unpinned()).isTrue();
    assertThat(changes().delete("r1", unpinnedBefore.messageId()).unpinned()).isFalse();
    assertThat(changes().delete("r1", neverPinned.messageId()).unpinned()).isFalse();
    assertThat(changes().pins("r1")).isEmpty();
  }

  private static MessageQuery queryOfAll(String word) {
    return new MessageQuery(
        List.of(new SearchTerm(SearchText.foldedWords(word), false)),
        Set.of("r1"),
        Set.of(),
        Long.MIN_VALUE,
        Long.MAX_VALUE,
        null,
        10);
  }

  private static Map<String, List<String>> ordered(
      Map<String, List<String>> entries, String... keys) {
    Map<String, List<String>> ordered = new java.util.LinkedHashMap<>();
    for (String key : keys) {
      ordered.put(key, entries.get(key));
    }
    return ordered;
  }
}
