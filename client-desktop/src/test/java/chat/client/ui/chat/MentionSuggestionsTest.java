package chat.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.ui.chat.MentionSuggestions.Completion;
import chat.client.ui.chat.MentionSuggestions.Suggestion;
import chat.protocol.model.User;
import chat.protocol.model.UserStatus;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MentionSuggestionsTest {

  private final ObservableList<User> members = FXCollections.observableArrayList();
  private int asked;
  private MentionSuggestions suggestions;

  @BeforeEach
  void create() {
    members.setAll(
        member("u-alice", "alice", null),
        member("u-ana", "ana", "Ana Lima"),
        member("u-bob", "bob", "Robert Brown"),
        member("u-carol", "Carol", null));
    suggestions = new MentionSuggestions(members, "u-alice", () -> asked++);
    suggestions.roomChanged(false);
  }

  @Test
  void anAtAndTheStartOfANameSuggestOtherMembersByUsernameOrShownNameInAnyCase() {
    type("hi @A");
    assertThat(handles()).containsExactly("ana");

    type("hi @ro");
    assertThat(handles()).containsExactly("bob", "room");

    type("hi @c");
    assertThat(handles()).containsExactly("Carol");

    type("hi @");
    assertThat(handles()).containsExactly("ana", "bob", "Carol", "room");
    assertThat(suggestions.selectedProperty().get()).isZero();
  }

  @Test
  void noSuggestionsWithoutAMatchOrOutsideAName() {
    type("hi @zed");
    assertThat(suggestions.open().get()).isFalse();
    assertThat(suggestions.selectedProperty().get()).isEqualTo(-1);

    type("mail bob@an");
    assertThat(handles()).isEmpty();

    type("see `@an");
    assertThat(handles()).as("in a code span").isEmpty();

    type("`x` and @an");
    assertThat(handles()).containsExactly("ana");

    type("hi @ana ");
    assertThat(handles()).as("after the name").isEmpty();
  }

  @Test
  void theMembersAreAskedForOnceANameIsTyped() {
    type("hello");
    assertThat(asked).isZero();

    type("hello @");

    assertThat(asked).isPositive();
  }

  @Test
  void atMostEightAreShownWithRoomLast() {
    IntStream.range(0, 12).forEach(i -> members.add(member("u-m" + i, "m" + i, null)));

    type("@");

    assertThat(suggestions.shown()).hasSize(MentionSuggestions.MAX_SHOWN);
    assertThat(handles().getLast()).isEqualTo("room");
  }

  @Test
  void roomIsOfferedToEveryoneUpToFiftyMembersAndToTheOwnerOnlyAbove() {
    IntStream.range(0, 46).forEach(i -> members.add(member("u-m" + i, "m" + i, null)));
    type("@ro");
    assertThat(handles()).contains("room");

    members.add(member("u-late", "late", null));
    assertThat(handles()).as("51 members").doesNotContain("room");

    suggestions.roomChanged(true);
    type("@ro");
    assertThat(handles()).as("the owner").contains("room");
  }

  @Test
  void downAndUpMoveTheSelectionAroundAndPickCompletesTheSelectedName() {
    type("hi @");

    suggestions.next();
    suggestions.next();
    suggestions.previous();
    suggestions.previous();
    suggestions.previous();

    assertThat(suggestions.selectedProperty().get()).isEqualTo(3);
    assertThat(suggestions.pick()).contains(new Completion(3, 4, "@room "));
    assertThat(suggestions.open().get()).isFalse();
  }

  @Test
  void pickReplacesTheWholeNameUnderTheCaretAndAddsNoSecondSpace() {
    suggestions.edited("ask @anx please", 7);

    assertThat(suggestions.pick()).contains(new Completion(4, 8, "@ana"));
  }

  @Test
  void aClickedSuggestionIsPicked() {
    type("@");

    assertThat(suggestions.pick(1)).contains(new Completion(0, 1, "@bob "));
    assertThat(suggestions.pick(0)).as("closed after a pick").isEmpty();
  }

  @Test
  void escDismissesUntilAnotherAtIsTyped() {
    type("hi @a");

    suggestions.dismiss();
    assertThat(suggestions.open().get()).isFalse();
    type("hi @an");
    assertThat(suggestions.open().get()).as("the same @").isFalse();
    assertThat(suggestions.pick()).isEmpty();

    type("hi @an @");
    assertThat(suggestions.open().get()).isTrue();
  }

  @Test
  void theSuggestionsFollowTheMembersAndKeepTheSelection() {
    type("@");
    suggestions.next();

    members.set(2, member("u-bob", "bob", "Robert Brown").withPresence(UserStatus.ONLINE, 0));
    members.add(0, member("u-aaron", "aaron", null));

    assertThat(handles()).containsExactly("aaron", "ana", "bob", "Carol", "room");
    assertThat(suggestions.shown().get(suggestions.selectedProperty().get()))
        .isEqualTo(new Suggestion("bob", "Robert Brown", UserStatus.ONLINE));
  }

  private void type(String text) {
    suggestions.edited(text, text.length());
  }

  private List<String> handles() {
    return suggestions.shown().stream().map(Suggestion::handle).toList();
  }

  private static User member(String id, String username, String displayName) {
    return new User(id, username, displayName, UserStatus.OFFLINE, 0);
  }
}
