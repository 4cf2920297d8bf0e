package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Message;
import chat.server.store.ChangeResult.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MessageChangeStore} must do for edits and deletions: content replaced in place,
 * tombstones, the deleted text gone from the store, and what a deleted or unknown message refuses.
 */
public abstract class MessageEditDeleteContract extends MessageChangeFixture {

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
}
