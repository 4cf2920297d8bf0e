package chat.client.ui.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** What a message's Markdown becomes: the nodes and styled spans the conversation shows. */
class MessageMarkdownTest {

  private final MessageMarkdown markdown = new MessageMarkdown("carol");

  /** Every flow made, with the spans it was made of and whether it wraps. */
  private final List<List<Span>> flows = new ArrayList<>();

  private final List<Boolean> wrapping = new ArrayList<>();

  @BeforeAll
  static void toolkit() throws TimeoutException {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void aPlainMessageIsOneFlowOfItsText() throws Exception {
    Node shown = render("just words, nothing more");

    assertThat(shown).isInstanceOf(TextFlow.class);
    assertThat(flows).containsExactly(List.of(Span.plain("just words, nothing more")));
  }

  @Test
  void boldItalicStrikethroughAndInlineCodeAreStyleClassesOnTheirText() throws Exception {
    render("**bold** *italic* ~~gone~~ `a_b`");

    assertThat(styleOf("bold")).contains("content-text", "md-bold");
    assertThat(styleOf("italic")).contains("md-italic");
    assertThat(styleOf("gone")).contains("md-strike");
    assertThat(styleOf("a_b")).contains("md-code");
    assertThat(text(flows.getFirst())).isEqualTo("bold italic gone a_b");
  }

  @Test
  void aSingleNewlineIsALineBreak() throws Exception {
    render("first line\nsecond line");

    assertThat(text(flows.getFirst())).isEqualTo("first line\nsecond line");
  }

  @Test
  void aFencedCodeBlockIsMonospaceScrollsSidewaysAndItsCopyButtonCopiesTheCode() throws Exception {
    Node shown = render("Try this:\n\n```java\nint x = 1;\nx++;\n```");

    Node block = shown.lookup(".md-code-block");
    assertThat(block).isNotNull();
    assertThat(block.lookup(".md-code-scroll")).isInstanceOf(ScrollPane.class);
    assertThat(((ScrollPane) block.lookup(".md-code-scroll")).getHbarPolicy())
        .isEqualTo(ScrollPane.ScrollBarPolicy.AS_NEEDED);
    assertThat(flows.getLast()).extracting(Span::text).containsExactly("int x = 1;\nx++;");
    assertThat(flows.getLast().getFirst().styles()).contains("md-code-text");
    assertThat(wrapping.getLast()).as("code never wraps").isFalse();

    Button copy = (Button) block.lookup(".md-copy");
    assertThat(copy.getText()).isEqualTo("Copy");
    assertThat(
            onFx(
                () -> {
                  copy.fire();
                  return Clipboard.getSystemClipboard().getString();
                }))
        .isEqualTo("int x = 1;\nx++;");
  }

  @Test
  void aQuoteIsABlockOfItsOwn() throws Exception {
    Node shown = render("> wise words\n\nmine");

    assertThat(shown.lookup(".md-quote")).isNotNull();
    assertThat(flowsIn(shown.lookup(".md-quote"))).hasSize(1);
    assertThat(flows).extracting(MessageMarkdownTest::text).containsExactly("wise words", "mine");
  }

  @Test
  void listsShowTheirBulletsAndNumbersAndNest() throws Exception {
    Node shown = render("- one\n- two\n  1. inner\n  2. more\n");

    assertThat(shown.lookupAll(".md-list")).hasSize(2);
    assertThat(shown.lookupAll(".md-marker"))
        .map(node -> ((Text) node).getText())
        .containsExactly("•", "•", "1.", "2.");
    assertThat(flows).extracting(MessageMarkdownTest::text).contains("one", "inner", "more");
  }

  @Test
  void aHeadingIsBoldAndAThematicBreakARule() throws Exception {
    Node shown = render("# Title\n\ntext\n\n---\n\nafter");

    assertThat(styleOf("Title")).contains("md-heading");
    assertThat(shown.lookup(".md-rule")).isNotNull();
  }

  @Test
  void webAndMailLinksOpenTheirTargetAndOtherSchemesAreText() throws Exception {
    render(
        "[site](https://example.com/a) [mail](mailto:a@example.com) see www.example.org"
            + " [bad](javascript:alert(1)) [file](file:///etc/passwd) [data](data:text/html,x)");

    List<Span> spans = flows.getFirst();
    assertThat(linkOf(spans, "site")).isEqualTo("https://example.com/a");
    assertThat(linkOf(spans, "mail")).isEqualTo("mailto:a@example.com");
    assertThat(linkOf(spans, "www.example.org")).isEqualTo("http://www.example.org");
    for (String refused : List.of("bad", "file", "data")) {
      assertThat(linkOf(spans, refused)).as(refused).isNull();
      assertThat(styleOf(refused)).contains("content-text").doesNotContain("link-text");
    }
    assertThat(styleOf("site")).contains("link-text");
  }

  @Test
  void aBareWebAddressIsALink() throws Exception {
    render("The notes are at https://example.com/notes?id=7 since Monday.");

    assertThat(linkOf(flows.getFirst(), "https://example.com/notes?id=7"))
        .isEqualTo("https://example.com/notes?id=7");
    assertThat(text(flows.getFirst()))
        .isEqualTo("The notes are at https://example.com/notes?id=7 since Monday.");
  }

  @Test
  void rawHtmlShowsAsTheTextItIs() throws Exception {
    render("<div onclick=\"x()\">block</div>");
    render("an <b>inline</b> tag");

    assertThat(text(flows.get(0))).isEqualTo("<div onclick=\"x()\">block</div>");
    assertThat(text(flows.get(1))).isEqualTo("an <b>inline</b> tag");
  }

  @Test
  void mentionsOfMembersAndOfTheReaderGetTheirClassesButNotInCode() throws Exception {
    render("@bob and @Carol, see `@carol` and @room");

    assertThat(styleOf("@bob")).contains("mention");
    assertThat(styleOf("@Carol")).contains(Span.MENTION_SELF);
    assertThat(styleOf("@room")).contains(Span.MENTION_SELF);
    assertThat(styleOf("@carol")).contains("md-code").doesNotContain(Span.MENTION_SELF);
  }

  @Test
  void whatTheServerSaysDecidesWhichNamesAreMentions() throws Exception {
    Message notMe = message("@carol @bob @room", List.of("u-bob"), false);
    Message me = message("@carol @bob @room", List.of("u-carol"), true);

    render("@carol @bob @room", Mentioned.of(notMe, "u-carol"));
    render("@carol @bob @room", Mentioned.of(me, "u-carol"));

    assertThat(flows.get(0)).filteredOn(Span::marked).isEmpty();
    assertThat(styleIn(flows.get(0), "@bob")).contains("mention");
    assertThat(flows.get(1))
        .filteredOn(Span::marked)
        .extracting(Span::text)
        .containsExactly("@carol", "@room");
    assertThat(flows.get(1)).noneMatch(span -> span.styles().contains("mention"));
  }

  @Test
  void anAddressOrAWordWithAnAtIsNoMention() throws Exception {
    render("write to bob@example.com or @x");

    assertThat(flows.getFirst()).noneMatch(span -> span.styles().contains("mention"));
  }

  @Test
  void aMessageShownAgainIsNotParsedAgainAndAnEditIsParsedAnew() throws Exception {
    ParsedMessages parsed = new ParsedMessages();
    MessageMarkdown counted = new MessageMarkdown("carol", parsed);
    Message message = Message.text("m1", "r1", "u-alice", "alice", "**again**", 1L, "c1");

    onFx(() -> render(counted, message.content(), Mentioned.UNSAID));
    onFx(() -> render(counted, message.content(), Mentioned.UNSAID));
    assertThat(parsed.parses()).as("parses of one message shown twice").isEqualTo(1);

    onFx(() -> render(counted, message.withContent("**edited**", 2L).content(), Mentioned.UNSAID));
    assertThat(parsed.parses()).as("parses once it is edited").isEqualTo(2);
  }

  /** The conversation and the thread panel each make their own MessageMarkdown, as here. */
  @Test
  void twoMessageMarkdownsShareOneCacheOfParses() throws Exception {
    String content = "_shown in both_ " + System.nanoTime();
    int before = ParsedMessages.SHARED.parses();

    onFx(() -> render(new MessageMarkdown("carol"), content, Mentioned.UNSAID));
    onFx(() -> render(new MessageMarkdown("carol"), content, Mentioned.UNSAID));

    assertThat(ParsedMessages.SHARED.parses() - before).isEqualTo(1);
  }

  private Node render(String content) throws Exception {
    return render(content, Mentioned.UNSAID);
  }

  private Node render(String content, Mentioned mentioned) throws Exception {
    return onFx(() -> render(markdown, content, mentioned));
  }

  /** {@code content} as {@code by} draws it, its flows recorded; on the FX thread. */
  private Node render(MessageMarkdown by, String content, Mentioned mentioned) {
    return by.render(
        content,
        mentioned,
        (spans, wraps) -> {
          flows.add(spans);
          wrapping.add(wraps);
          TextFlow flow = new TextFlow();
          flow.setUserData(spans);
          spans.forEach(span -> flow.getChildren().add(new Text(span.text())));
          return flow;
        },
        new ReadOnlyDoubleWrapper(400));
  }

  private static <T> T onFx(Callable<T> work) throws Exception {
    return FxToolkit.setupFixture(work);
  }

  private static List<Node> flowsIn(Node parent) {
    return ((Parent) parent)
        .getChildrenUnmodifiable().stream().filter(TextFlow.class::isInstance).toList();
  }

  private static String text(List<Span> spans) {
    return String.join("", spans.stream().map(Span::text).toList());
  }

  private List<String> styleOf(String text) {
    return flows.stream()
        .flatMap(List::stream)
        .filter(span -> span.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no span " + text + " in " + flows))
        .styles();
  }

  private static List<String> styleIn(List<Span> spans, String text) {
    return spans.stream()
        .filter(span -> span.text().equals(text))
        .findFirst()
        .orElseThrow()
        .styles();
  }

  private static String linkOf(List<Span> spans, String text) {
    return spans.stream()
        .filter(span -> span.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no span " + text + " in " + spans))
        .link();
  }

  private static Message message(String content, List<String> mentions, boolean room) {
    return Message.text("m1", "r1", "u-alice", "alice", content, 1L, "c1")
        .withMentions(mentions, room);
  }
}
