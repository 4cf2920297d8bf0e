package chat.protocol.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A message's plain text: what search indexes and highlights of its Markdown. */
class MessageTextTest {

  @Test
  void emphasisStrikethroughAndCodeMarksGoAndTheirWordsStay() {
    assertThat(MessageText.plain("**bold** *italic* __strong__ ~~gone~~ `code_here`"))
        .isEqualTo("bold italic strong gone code_here");
  }

  @Test
  void aLinkKeepsItsTextAndItsAddress() {
    assertThat(MessageText.plain("see [the plan](https://example.com/plan) or <https://x.io>"))
        .isEqualTo("see the plan (https://example.com/plan) or https://x.io");
  }

  @Test
  void blocksBecomeLinesAndTheirMarkersGo() {
    assertThat(MessageText.plain("# Title\n\n> quoted\n\n- one\n- two\n\n1. first\n\n---\nend"))
        .isEqualTo("Title\nquoted\none\ntwo\nfirst\nend");
  }

  @Test
  void codeBlocksKeepTheirCodeAndRawHtmlItsText() {
    assertThat(MessageText.plain("```java\nint x = 1;\n```\n\nan <b>inline</b> tag"))
        .isEqualTo("int x = 1;\nan <b>inline</b> tag");
  }

  @Test
  void textWithoutMarkupIsItself() {
    assertThat(MessageText.plain("just a line\nand another")).isEqualTo("just a line\nand another");
  }

  @Test
  void aBoldedWordIsIndexedAsTheWord() {
    assertThat(SearchText.messageWords("**Deploy** now")).containsExactly("deploy", "now");
  }
}
