package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Message;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store must do for mentions: keep them with the message, count them per member. */
public abstract class MentionsContract extends StorageContract {

  private String alice;
  private String bob;
  private String carol;
  private int sent;

  @BeforeEach
  void createRooms() {
    alice = user("alice");
    bob = user("bob");
    carol = user("carol");
    sharedPrivateRooms(alice, bob, "r1", "r2");
    storage.rooms().addMember("r1", carol, MemberRole.MEMBER);
  }

  private Message send(String senderId, Mentions mentions) {
    return storage
        .messages()
        .append(
            new NewMessage("r1", senderId, senderId, "m" + ++sent, "c" + sent, 5_000)
                .mentioning(mentions))
        .message();
  }

  private static Mentions named(String... userIds) {
    return new Mentions(List.of(userIds), false);
  }

  private static final Mentions ROOM = new Mentions(List.of(), true);

  private int mentionCount(String userId) {
    return storage.readCursors().mentionCounts(userId, List.of("r1")).get("r1");
  }

  @Test
  void aMessageKeepsWhomItMentionsSorted() {
    Message sent = send(alice, new Mentions(List.of(carol, bob), true));

    assertThat(sent.mentions()).containsExactly(bob, carol);
    assertThat(sent.mentionsRoom()).isTrue();
    assertThat(storage.messages().find(sent.messageId())).contains(sent);
    assertThat(storage.messages().newest("r1", 5).messages()).containsExactly(sent);
  }

  @Test
  void aMessageMentioningNobodyCarriesNoMentionFields() {
    Message sent = send(alice, Mentions.NONE);

    assertThat(sent.mentions()).isNull();
    assertThat(sent.mentionsRoom()).isNull();
  }

  @Test
  void theMentionCountCountsNamedAndRoomMentionsByOthersOnce() {
    send(alice, named(bob));
    send(alice, ROOM);
    send(alice, new Mentions(List.of(bob), true));
    send(alice, named(carol));
    send(bob, ROOM);
    send(bob, named(bob));

    assertThat(mentionCount(bob)).isEqualTo(3);
    assertThat(mentionCount(alice)).isEqualTo(1);
    assertThat(mentionCount(carol)).isEqualTo(4);
  }

  @Test
  void theMentionCountStartsAfterTheReadCursor() {
    send(alice, named(bob));
    String second = send(alice, ROOM).messageId();
    send(alice, named(bob));
    send(alice, Mentions.NONE);

    storage.readCursors().advance("r1", bob, second);

    assertThat(mentionCount(bob)).isEqualTo(1);
  }

  @Test
  void aMentionInAThreadOnlyReplyCountsThoughTheReplyIsNotUnread() {
    Message root = send(bob, Mentions.NONE);
    storage
        .messages()
        .append(
            new NewMessage("r1", alice, "alice", "@bob look", "reply", 6_000)
                .mentioning(named(bob))
                .inThread(root.messageId(), false));

    assertThat(mentionCount(bob)).isEqualTo(1);
    assertThat(storage.readCursors().unreadCounts(bob, List.of("r1"))).containsEntry("r1", 0);
  }

  @Test
  void aResentMentionCountsOnce() {
    NewMessage message = new NewMessage("r1", alice, "alice", "@bob", "same", 5_000);

    storage.messages().append(message.mentioning(named(bob)));
    storage.messages().append(message.mentioning(named(bob)));

    assertThat(mentionCount(bob)).isEqualTo(1);
  }

  @Test
  void countsAreGivenForEveryRoomAskedAbout() {
    send(alice, named(bob));

    assertThat(storage.readCursors().mentionCounts(bob, List.of("r1", "r2")))
        .containsExactly(Map.entry("r1", 1), Map.entry("r2", 0));
  }

  @Test
  void anEditReplacesTheMentionsAndWhatTheyCount() {
    Message sent = send(alice, named(bob));

    Message edited =
        storage.messageChanges().edit(sent, "@carol now", named(carol), 9_000).message();

    assertThat(edited.mentions()).containsExactly(carol);
    assertThat(storage.messages().find(sent.messageId()).orElseThrow().mentions())
        .containsExactly(carol);
    assertThat(mentionCount(bob)).isZero();
    assertThat(mentionCount(carol)).isEqualTo(1);
  }

  @Test
  void anEditToRoomMentionsCountsForEveryoneButTheSenderAndBackToNoneForNobody() {
    Message sent = send(alice, Mentions.NONE);

    storage.messageChanges().edit(sent, "@room", ROOM, 9_000);
    assertThat(mentionCount(bob)).isEqualTo(1);
    assertThat(mentionCount(alice)).isZero();
    storage.messageChanges().edit(sent, "nobody", Mentions.NONE, 9_500);

    Message stored = storage.messages().find(sent.messageId()).orElseThrow();
    assertThat(stored.mentions()).isNull();
    assertThat(stored.mentionsRoom()).isNull();
    assertThat(mentionCount(bob)).isZero();
    assertThat(mentionCount(carol)).isZero();
  }

  @Test
  void aDeletedMessageMentionsNobodyAndCountsNoMore() {
    Message named = send(alice, named(bob));
    Message everyone = send(alice, ROOM);

    storage.messageChanges().delete("r1", named.messageId());
    storage.messageChanges().delete("r1", everyone.messageId());

    Message stored = storage.messages().find(named.messageId()).orElseThrow();
    assertThat(stored.mentions()).isNull();
    assertThat(storage.messages().find(everyone.messageId()).orElseThrow().mentionsRoom()).isNull();
    assertThat(mentionCount(bob)).isZero();
    assertThat(mentionCount(carol)).isZero();
  }
}
