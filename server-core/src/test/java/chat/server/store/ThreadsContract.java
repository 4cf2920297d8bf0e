package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Message;
import chat.protocol.search.SearchTerm;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every store must do for threads: roots' stats, the timeline without thread-only replies. */
public abstract class ThreadsContract extends AliceAndBobContract {

  private int sent;

  private MessageStore messages() {
    return storage.messages();
  }

  private Message post(String senderId, String content) {
    return append(new NewMessage("r1", senderId, senderId, content, "c" + ++sent, 5_000 + sent));
  }

  private AppendResult reply(String senderId, Message root, String content, boolean alsoInRoom) {
    return messages()
        .append(
            new NewMessage("r1", senderId, senderId, content, "c" + ++sent, 5_000 + sent)
                .inThread(root.messageId(), alsoInRoom));
  }

  private Message append(NewMessage message) {
    return messages().append(message).message();
  }

  private static List<String> contents(MessagePage page) {
    return page.messages().stream().map(Message::content).toList();
  }

  @Test
  void aReplyCountsOnItsRootWithItsRepliersFirstReplierFirst() {
    Message root = post(alice, "root");

    reply(bob, root, "one", false);
    reply(alice, root, "two", false);
    AppendResult third = reply(bob, root, "three", false);

    Message stored = messages().find(root.messageId()).orElseThrow();
    assertThat(stored.replyCount()).isEqualTo(3);
    assertThat(stored.lastReplyAt()).isEqualTo(third.message().timestamp());
    assertThat(stored.participants()).containsExactly(bob, alice);
    assertThat(third.root()).isEqualTo(stored);
    assertThat(third.message().threadId()).isEqualTo(root.messageId());
    assertThat(third.message().alsoInRoom()).isNull();
  }

  @Test
  void aRootWithoutRepliesCarriesNoThreadFields() {
    Message root = post(alice, "root");

    assertThat(root.replyCount()).isNull();
    assertThat(root.participants()).isNull();
    assertThat(messages().find(root.messageId()).orElseThrow()).isEqualTo(root);
  }

  @Test
  void aResentReplyCountsOnce() {
    Message root = post(alice, "root");
    NewMessage reply =
        new NewMessage("r1", bob, "bob", "once", "same", 6_000).inThread(root.messageId(), false);

    AppendResult first = messages().append(reply);
    AppendResult resent = messages().append(reply);

    assertThat(resent.created()).isFalse();
    assertThat(resent.root()).isNull();
    assertThat(resent.message()).isEqualTo(first.message());
    assertThat(messages().find(root.messageId()).orElseThrow().replyCount()).isEqualTo(1);
    assertThat(messages().threadNewest("r1", root.messageId(), 10).messages())
        .containsExactly(first.message());
  }

  @Test
  void aRootListsOnlyItsFirstRepliers() {
    Message root = post(alice, "root");
    List<String> repliers =
        IntStream.range(0, ThreadStats.MAX_PARTICIPANTS + 2).mapToObj(i -> "u-" + i).toList();

    repliers.forEach(replier -> reply(replier, root, "hi", false));
    reply(repliers.getLast(), root, "again", false);

    Message stored = messages().find(root.messageId()).orElseThrow();
    assertThat(stored.participants())
        .containsExactlyElementsOf(repliers.subList(0, ThreadStats.MAX_PARTICIPANTS));
    assertThat(stored.replyCount()).isEqualTo(repliers.size() + 1);
  }

  @Test
  void threadOnlyRepliesStayOutOfTheTimelineAndAlsoInRoomRepliesShowInIt() {
    Message root = post(alice, "root");
    reply(bob, root, "thread only", false);
    Message shown = reply(bob, root, "also in room", true).message();
    reply(bob, root, "thread only again", false);

    assertThat(contents(messages().newest("r1", 10))).containsExactly("root", "also in room");
    assertThat(shown.alsoInRoom()).isTrue();
    assertThat(messages().latest("r1")).contains(shown);
    assertThat(contents(messages().threadNewest("r1", root.messageId(), 10)))
        .containsExactly("thread only", "also in room", "thread only again");
  }

  @Test
  void pagingTheTimelineSkipsThreadOnlyRepliesAndKnowsWhetherMoreFollow() {
    Message first = post(alice, "first");
    Message root = post(alice, "root");
    for (int i = 0; i < 25; i++) {
      reply(bob, root, "hidden " + i, false);
    }
    post(alice, "after 1");
    post(alice, "after 2");
    Message hiddenLast = reply(bob, root, "hidden last", false).message();

    MessagePage newest = messages().newest("r1", 2);
    MessagePage older =
        messages().before("r1", newest.messages().getFirst().messageId(), 2).orElseThrow();
    MessagePage newer = messages().after("r1", first.messageId(), 2).orElseThrow();
    MessagePage fromHidden = messages().before("r1", hiddenLast.messageId(), 3).orElseThrow();

    assertThat(contents(newest)).containsExactly("after 1", "after 2");
    assertThat(newest.hasMore()).isTrue();
    assertThat(contents(older)).containsExactly("first", "root");
    assertThat(older.hasMore()).isFalse();
    assertThat(contents(newer)).containsExactly("root", "after 1");
    assertThat(newer.hasMore()).isTrue();
    assertThat(contents(fromHidden)).containsExactly("root", "after 1", "after 2");
    assertThat(fromHidden.hasMore()).isTrue();
    assertThat(messages().after("r1", newest.messages().getLast().messageId(), 5))
        .hasValueSatisfying(page -> assertThat(page).isEqualTo(new MessagePage(List.of(), false)));
  }

  @Test
  void aThreadPagesBackwardsOldestFirstInEachPage() {
    Message root = post(alice, "root");
    post(alice, "elsewhere");
    List<Message> replies =
        IntStream.range(0, 5)
            .mapToObj(i -> reply(i % 2 == 0 ? bob : alice, root, "r" + i, i == 2).message())
            .toList();

    MessagePage newest = messages().threadNewest("r1", root.messageId(), 2);
    MessagePage middle =
        messages()
            .threadBefore("r1", root.messageId(), replies.get(3).messageId(), 2)
            .orElseThrow();
    MessagePage oldest =
        messages()
            .threadBefore("r1", root.messageId(), replies.get(1).messageId(), 2)
            .orElseThrow();

    assertThat(newest).isEqualTo(new MessagePage(replies.subList(3, 5), true));
    assertThat(middle).isEqualTo(new MessagePage(replies.subList(1, 3), true));
    assertThat(oldest).isEqualTo(new MessagePage(replies.subList(0, 1), false));
  }

  @Test
  void aCursorThatIsNoReplyOfTheThreadPagesNothing() {
    Message root = post(alice, "root");
    Message other = post(alice, "other root");
    Message otherReply = reply(bob, other, "other thread", false).message();
    reply(bob, root, "reply", false);

    assertThat(messages().threadBefore("r1", root.messageId(), otherReply.messageId(), 5))
        .isEmpty();
    assertThat(messages().threadBefore("r1", root.messageId(), other.messageId(), 5)).isEmpty();
    assertThat(messages().threadNewest("r1", other.messageId(), 5).messages())
        .containsExactly(otherReply);
  }

  @Test
  void threadOnlyRepliesAreNotUnreadButAlsoInRoomRepliesAre() {
    Message root = post(alice, "root");
    reply(bob, root, "thread only", false);
    reply(bob, root, "also in room", true);
    reply(alice, root, "alice's thread only", false);

    assertThat(storage.readCursors().unreadCounts(alice, List.of("r1"))).containsEntry("r1", 1);
    assertThat(storage.readCursors().unreadCounts(bob, List.of("r1"))).containsEntry("r1", 1);
  }

  @Test
  void repliesAreSearchableLikeOtherMessages() {
    Message root = post(alice, "root");
    Message hidden = reply(bob, root, "pineapple pizza", false).message();

    List<Message> found =
        storage
            .search()
            .search(
                new MessageQuery(
                    List.of(new SearchTerm(List.of("pineapple"), false)),
                    Set.of("r1"),
                    Set.of(),
                    0,
                    Long.MAX_VALUE,
                    null,
                    10));

    assertThat(found).extracting(Message::messageId).containsExactly(hidden.messageId());
    assertThat(found.getFirst().threadId()).isEqualTo(root.messageId());
  }

  @Test
  void aDeletedRootKeepsItsThreadAndItsStats() {
    Message root = post(alice, "root");
    Message answer = reply(bob, root, "one", false).message();

    storage.messageChanges().delete("r1", root.messageId());

    Message stored = messages().find(root.messageId()).orElseThrow();
    assertThat(stored.deleted()).isTrue();
    assertThat(stored.replyCount()).isEqualTo(1);
    assertThat(stored.participants()).containsExactly(bob);
    assertThat(messages().threadNewest("r1", root.messageId(), 10).messages())
        .extracting(Message::messageId)
        .containsExactly(answer.messageId());
  }

  @Test
  void aDeletedReplyStaysInItsThreadAndTakesNothingOffItsRoot() {
    Message root = post(alice, "root");
    Message answer = reply(bob, root, "one", false).message();
    Message before = messages().find(root.messageId()).orElseThrow();

    storage.messageChanges().delete("r1", answer.messageId());

    assertThat(messages().find(root.messageId()).orElseThrow()).isEqualTo(before);
    assertThat(messages().threadNewest("r1", root.messageId(), 10).messages())
        .singleElement()
        .satisfies(tombstone -> assertThat(tombstone.deleted()).isTrue());
  }

  @Test
  void aChangedRootShowsItsChangesBesideItsThread() {
    Message root = post(alice, "root");
    reply(bob, root, "one", false);

    storage.messageChanges().edit(root, "root, edited", Mentions.NONE, 9_000);
    storage.messageChanges().addReaction("r1", root.messageId(), bob, "\uD83D\uDC4D");

    Message stored = messages().newest("r1", 10).messages().getFirst();
    assertThat(stored.content()).isEqualTo("root, edited");
    assertThat(stored.editedAt()).isEqualTo(9_000);
    assertThat(stored.reactions()).containsOnlyKeys("\uD83D\uDC4D");
    assertThat(stored.replyCount()).isEqualTo(1);
    assertThat(stored.participants()).containsExactly(bob);
  }

  @Test
  void anEditedReplyKeepsItsThreadAndAResendReturnsItAsItIsNow() {
    Message root = post(alice, "root");
    NewMessage answer =
        new NewMessage("r1", bob, bob, "first words", "c-answer", 6_000)
            .inThread(root.messageId(), false);
    Message stored = messages().append(answer).message();

    storage.messageChanges().edit(stored, "second words", Mentions.NONE, 9_000);
    storage.messageChanges().addReaction("r1", stored.messageId(), alice, "\uD83D\uDC4D");
    AppendResult resent = messages().append(answer);

    assertThat(resent.created()).isFalse();
    assertThat(resent.message().content()).isEqualTo("second words");
    assertThat(resent.message().reactions()).containsOnlyKeys("\uD83D\uDC4D");
    assertThat(resent.message()).isEqualTo(messages().find(stored.messageId()).orElseThrow());
    assertThat(resent.message().threadId()).isEqualTo(root.messageId());
    assertThat(messages().threadNewest("r1", root.messageId(), 10).messages())
        .extracting(Message::content)
        .containsExactly("second words");
    assertThat(messages().find(root.messageId()).orElseThrow().replyCount()).isEqualTo(1);
  }
}
