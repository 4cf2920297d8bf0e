package chat.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.store.Mentions;
import chat.server.store.UserAccount;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionParserTest {

  private static final List<UserAccount> MEMBERS =
      List.of(member("u-bob", "bob"), member("u-ann", "Ann.Lee"), member("u-eve", "eve_"));

  private static UserAccount member(String userId, String username) {
    return new UserAccount(userId, username, "hash", 0, 0);
  }

  private static Mentions mentions(String content) {
    return MentionParser.mentions(content, MEMBERS, true);
  }

  private static List<String> users(String content) {
    return mentions(content).userIds();
  }

  @Test
  void aMemberNamedAfterAnAtIsMentioned() {
    assertThat(mentions("hi @bob")).isEqualTo(new Mentions(List.of("u-bob"), false));
  }

  @Test
  void namesCompareIgnoringCase() {
    assertThat(users("@BOB and @ann.lee")).containsExactly("u-ann", "u-bob");
  }

  @Test
  void punctuationAfterANameEndsIt() {
    assertThat(users("thanks @bob.")).containsExactly("u-bob");
    assertThat(users("thanks @bob, @ann.lee!")).containsExactly("u-ann", "u-bob");
    assertThat(users("(@bob)")).containsExactly("u-bob");
    assertThat(users("@bob's idea")).containsExactly("u-bob");
    assertThat(users("ask @bob-")).containsExactly("u-bob");
    assertThat(users("@bob: look")).containsExactly("u-bob");
  }

  @Test
  void aNameEndingInPunctuationIsTakenWholeWhenItIsAMembers() {
    assertThat(users("@eve_ said")).containsExactly("u-eve");
    assertThat(users("ask @ann.lee.")).containsExactly("u-ann");
  }

  @Test
  void aNameThatIsNoMembersMentionsNobody() {
    assertThat(mentions("@carol @bobby @bo")).isEqualTo(Mentions.NONE);
  }

  @Test
  void anEmailAddressIsNoMention() {
    assertThat(mentions("write to alice@bob.com or x.y@bob")).isEqualTo(Mentions.NONE);
  }

  @Test
  void anAtInsideALinkIsNoMention() {
    assertThat(mentions("see https://social.example/@bob")).isEqualTo(Mentions.NONE);
  }

  @Test
  void anEscapedAtIsNoMention() {
    assertThat(mentions("\\@bob is a handle")).isEqualTo(Mentions.NONE);
    assertThat(users("\\\\@bob")).containsExactly("u-bob");
  }

  @Test
  void eachMemberIsListedOnceHoweverOftenNamed() {
    assertThat(users("@bob @Bob @bob")).containsExactly("u-bob");
  }

  @Test
  void nothingInsideAnInlineCodeSpanMentions() {
    assertThat(mentions("run `git blame @bob` now")).isEqualTo(Mentions.NONE);
    assertThat(mentions("``code with ` and @bob``")).isEqualTo(Mentions.NONE);
    assertThat(users("`code` @bob `more`")).containsExactly("u-bob");
  }

  @Test
  void aCodeSpanMayRunOverALineBreakButNotABlankLine() {
    assertThat(mentions("`one\n@bob`")).isEqualTo(Mentions.NONE);
    assertThat(users("`one\n\n@bob`")).containsExactly("u-bob");
  }

  @Test
  void anUnclosedBacktickIsPlainText() {
    assertThat(users("a ` then @bob")).containsExactly("u-bob");
    assertThat(users("``a` @bob")).containsExactly("u-bob");
  }

  @Test
  void anEscapedBacktickOpensNoCodeSpan() {
    assertThat(users("\\`@bob`")).containsExactly("u-bob");
  }

  @Test
  void nothingInsideAFencedBlockMentions() {
    assertThat(mentions("```\n@bob\n```")).isEqualTo(Mentions.NONE);
    assertThat(mentions("~~~java\n@bob\n~~~")).isEqualTo(Mentions.NONE);
    assertThat(users("```\n@bob\n```\nthen @ann.lee")).containsExactly("u-ann");
  }

  @Test
  void aFenceClosesOnlyWithTheSameCharacterAtLeastAsLong() {
    assertThat(mentions("````\n```\n@bob\n~~~~\n@bob")).isEqualTo(Mentions.NONE);
    assertThat(users("````\ncode\n`````\n@bob")).containsExactly("u-bob");
  }

  @Test
  void anUnclosedFenceRunsToTheEnd() {
    assertThat(mentions("text\n```\n@bob")).isEqualTo(Mentions.NONE);
  }

  @Test
  void aBacktickFenceWithABacktickInItsInfoIsNoFence() {
    assertThat(users("``` a`b\n@bob")).containsExactly("u-bob");
  }

  @Test
  void aFenceIndentedFourSpacesIsNoFence() {
    assertThat(users("    ```\n\n@bob")).containsExactly("u-bob");
  }

  @Test
  void anIndentedCodeBlockMentionsNobody() {
    assertThat(mentions("look:\n\n    @bob\n")).isEqualTo(Mentions.NONE);
    assertThat(mentions("\t@bob")).isEqualTo(Mentions.NONE);
  }

  @Test
  void anIndentedLineContinuingAParagraphIsText() {
    assertThat(users("look:\n    @bob")).containsExactly("u-bob");
  }

  @Test
  void atRoomMentionsTheRoomInAnyCase() {
    assertThat(mentions("@room lunch")).isEqualTo(new Mentions(List.of(), true));
    assertThat(mentions("lunch, @Room.")).isEqualTo(new Mentions(List.of(), true));
  }

  @Test
  void atRoomFromSomeoneWhoMayNotUseItIsPlainText() {
    assertThat(MentionParser.mentions("@room and @bob", MEMBERS, false))
        .isEqualTo(new Mentions(List.of("u-bob"), false));
  }

  @Test
  void atRoomInCodeMentionsNobody() {
    assertThat(mentions("`@room`")).isEqualTo(Mentions.NONE);
  }

  @Test
  void aLoneAtMentionsNobody() {
    assertThat(mentions("@ @. me@")).isEqualTo(Mentions.NONE);
  }

  @Test
  void aCodeSpanClosesOnlyWithABacktickRunOfItsOwnLength() {
    assertThat(mentions("```code `` and @bob```")).isEqualTo(Mentions.NONE);
    assertThat(users("``one` @bob ```")).containsExactly("u-bob");
    assertThat(users("`one`` @bob")).containsExactly("u-bob");
  }

  @Test
  void aBackslashInsideACodeSpanEscapesNothing() {
    assertThat(users("`a\\` @bob")).containsExactly("u-bob");
  }

  @Test
  void codeInsideAQuoteOrAListMentionsNobody() {
    assertThat(mentions("> ```\n> @bob\n> ```")).isEqualTo(Mentions.NONE);
    assertThat(mentions("- item\n\n      @bob")).isEqualTo(Mentions.NONE);
    assertThat(users("> said @bob")).containsExactly("u-bob");
  }

  @Test
  void aLinksDestinationMentionsNobodyButItsTextDoes() {
    assertThat(mentions("[profile](mailto:@bob)")).isEqualTo(Mentions.NONE);
    assertThat(users("[ask @bob](https://example.com)")).containsExactly("u-bob");
  }

  @Test
  void emphasisAroundAMentionKeepsIt() {
    assertThat(users("**@bob** and ~~@ann.lee~~")).containsExactly("u-ann", "u-bob");
  }

  @Test
  void theAccountsToLookUpAreTheNamesWrittenWithAndWithoutTheirEndingPunctuation() {
    assertThat(MentionParser.candidateNames(List.of("Bob.", "room", "ann--")))
        .containsExactlyInAnyOrder("bob.", "bob", "ann--", "ann-", "ann");
  }

  @Test
  void theWrittenNamesOfTwoTextsCompareFoldedAndOutsideCode() {
    assertThat(MentionParser.writtenNames("hi @Bob, `@eve_` @bob"))
        .isEqualTo(MentionParser.writtenNames("@bob: new text"));
  }
}
