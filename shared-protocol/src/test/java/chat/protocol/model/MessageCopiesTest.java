package chat.protocol.model;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.Samples;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each copy method of {@link Message} sets the parts it names and keeps every other component of a
 * message that has all of them set.
 */
class MessageCopiesTest {

  private static final Message FULL = Samples.FULL;

  @Test
  void anEditSetsTheContentAndEditTimeOnly() {
    Message edited = FULL.withContent("new words", 9L);

    assertThat(edited.content()).isEqualTo("new words");
    assertThat(edited.editedAt()).isEqualTo(9L);
    assertOthersKept(edited, "content", "editedAt");
  }

  @Test
  void reactionsReplaceTheMessagesOwnAndEmptyOnesAreLeftOut() {
    Map<String, List<String>> hearts = Map.of("❤", List.of("u_carol"));

    assertThat(FULL.withReactions(hearts).reactions()).isEqualTo(hearts);
    assertOthersKept(FULL.withReactions(hearts), "reactions");
    assertThat(FULL.withReactions(Map.of()).reactions()).isNull();
    assertThat(FULL.withReactions(null).reactions()).isNull();
  }

  @Test
  void aPinSetsWhenAndByWhomOnlyAndNullsUnpin() {
    Message pinned = FULL.withPin(7L, "u_carol");
    Message unpinned = FULL.withPin(null, null);

    assertThat(pinned.pinnedAt()).isEqualTo(7L);
    assertThat(pinned.pinnedBy()).isEqualTo("u_carol");
    assertOthersKept(pinned, "pinnedAt", "pinnedBy");
    assertThat(unpinned.pinnedAt()).isNull();
    assertThat(unpinned.pinnedBy()).isNull();
  }

  @Test
  void aReplySaysItsThreadAndIsAlsoInRoomTrueOrNull() {
    Message inRoom = Samples.TEXT.inThread("m_root", true);
    Message threadOnly = FULL.inThread("m_root", false);

    assertThat(inRoom.threadId()).isEqualTo("m_root");
    assertThat(inRoom.alsoInRoom()).isTrue();
    assertThat(threadOnly.alsoInRoom()).isNull();
    assertOthersKept(threadOnly, "threadId", "alsoInRoom");
  }

  @Test
  void aRootsRepliesSetItsCountLastReplyAndRepliersOnly() {
    Message replied = FULL.withReplies(5, 8L, List.of("u_bob", "u_carol"));

    assertThat(replied.replyCount()).isEqualTo(5);
    assertThat(replied.lastReplyAt()).isEqualTo(8L);
    assertThat(replied.participants()).containsExactly("u_bob", "u_carol");
    assertOthersKept(replied, "replyCount", "lastReplyAt", "participants");
  }

  @Test
  void mentionsAreKeptAsGivenSoAnEmptyListAndFalseStayApartFromNull() {
    Message none = FULL.withMentions(List.of(), false);
    Message unread = FULL.withMentions(null, null);

    assertThat(none.mentions()).isEmpty();
    assertThat(none.mentionsRoom()).isFalse();
    assertOthersKept(none, "mentions", "mentionsRoom");
    assertThat(unread.mentions()).isNull();
    assertThat(unread.mentionsRoom()).isNull();
  }

  @Test
  void filesAttachedMakeAMediaMessageAndChangeNothingElse() {
    Message text = Message.text("m_1", "r_1", "u_ann", "ann", "hello", 1L, "c1");
    List<Attachment> files =
        List.of(
            new Attachment(
                "f_1", "a.png", 3, "image/png", "/api/files/f_1", "ab", null, null, null, null));

    Message media = text.withAttachments(files);

    assertThat(media.attachments()).isEqualTo(files);
    assertThat(media.type()).isEqualTo(MessageType.MEDIA);
    assertThat(media.content()).isEqualTo("hello");
    assertOthersKept(FULL.withAttachments(files), "attachments");
  }

  @Test
  void aTombstoneLosesItsWordsReactionsAttachmentsMentionsAndPinAndKeepsItsPlaceAndThread() {
    Message tombstone = FULL.asDeleted();

    assertThat(tombstone.content()).isEmpty();
    assertThat(tombstone.deleted()).isTrue();
    assertThat(tombstone.reactions()).isNull();
    assertThat(tombstone.attachments()).isNull();
    assertThat(tombstone.mentions()).isNull();
    assertThat(tombstone.mentionsRoom()).isNull();
    assertThat(tombstone.pinnedAt()).isNull();
    assertThat(tombstone.pinnedBy()).isNull();
    assertOthersKept(
        tombstone,
        "content",
        "deleted",
        "reactions",
        "attachments",
        "mentions",
        "mentionsRoom",
        "pinnedAt",
        "pinnedBy");
  }

  /** Every component of {@code copy} but the {@code changed} ones equals {@link #FULL}'s. */
  private static void assertOthersKept(Message copy, String... changed) {
    Map<String, Object> expected = components(FULL);
    Map<String, Object> actual = components(copy);
    for (String name : changed) {
      assertThat(expected).containsKey(name);
      expected.remove(name);
      actual.remove(name);
    }
    assertThat(actual).isEqualTo(expected);
  }

  private static Map<String, Object> components(Message message) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (RecordComponent component : Message.class.getRecordComponents()) {
      try {
        values.put(component.getName(), component.getAccessor().invoke(message));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    return values;
  }
}
