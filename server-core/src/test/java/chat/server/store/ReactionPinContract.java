package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.Limits;
import chat.protocol.model.Message;
import chat.protocol.search.SearchTerm;
import chat.protocol.search.SearchText;
import chat.server.store.ChangeResult.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MessageChangeStore} must do for reactions and pins, and for the room's change
 * position that every change moves and {@code changesAfter} pages by.
 */
public abstract class ReactionPinContract extends MessageChangeFixture {

  private static final List<String> EMOJI =
      IntStream.range(0, Limits.MAX_REACTION_EMOJI + 1)
          .mapToObj(i -> Character.toString(0x1F600 + i))
          .toList();

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
