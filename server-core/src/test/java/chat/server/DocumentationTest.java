package chat.server;

import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.ProjectFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documentation keeps its promises: the README stays a short front door that opens with the two
 * commands, and no link or image in the project's Markdown leads nowhere. Links are checked offline
 * (see {@link MarkdownLinks}).
 */
class DocumentationTest {

  private static final int README_MAX_BYTES = 8192;

  private static final Path ROOT = ProjectFiles.root();

  @Test
  void readmeIsAtMost8KiB() throws IOException {
    assertThat(Files.size(ROOT.resolve("README.md"))).isLessThanOrEqualTo(README_MAX_BYTES);
  }

  @Test
  void readmeOpensWithTheTwoCommandsAndTheServerRightBelow() throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    List<String> firstBlock = firstCodeBlock(lines);
    assertThat(firstBlock).hasSize(2);
    assertThat(firstBlock.get(0)).startsWith(".ci/chat app");
    assertThat(firstBlock.get(1)).startsWith(".ci/chat test");
    String beforeFirstSection =
        String.join("\n", lines.subList(0, firstIndexStartingWith(lines, "## ")));
    assertThat(beforeFirstSection).contains(".ci/chat server");
  }

  @Test
  void everyLinkAndImageInTheDocumentationResolves() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path file : documentation()) {
      broken.addAll(MarkdownLinks.brokenLinks(file));
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void brokenLinkIsReported(@TempDir Path dir) throws IOException {
    Path doc = write(dir, "doc.md", "# Doc\n\nSee [the guide](missing.md) and ![a](pic.png).\n");

    assertThat(MarkdownLinks.brokenLinks(doc))
        .containsExactly(doc + ":3: missing.md (no such file)", doc + ":3: pic.png (no such file)");
  }

  @Test
  void linkToAMissingHeadingIsReported(@TempDir Path dir) throws IOException {
    write(dir, "other.md", "# Other\n\n## Set-up, and `TLS` (on)\n");
    Path doc =
        write(
            dir,
            "doc.md",
            "# Doc\n\n[ok](other.md#set-up-and-tls-on) [gone](other.md#setup) [self](#doc)\n");

    assertThat(MarkdownLinks.brokenLinks(doc))
        .containsExactly(doc + ":3: other.md#setup (no heading with that anchor)");
  }

  @Test
  void linksInCodeAreNotLinksAndWebLinksAreOnlyCheckedForShape(@TempDir Path dir)
      throws IOException {
    Path doc =
        write(
            dir,
            "doc.md",
            "# Doc\n\n```sh\n[x](missing.md)\n```\n`[y](missing.md)`\n"
                + "[web](https://example.org/a) [bad](https://)\n");

    assertThat(MarkdownLinks.brokenLinks(doc))
        .containsExactly(doc + ":7: https:// (not a well-formed http(s) URL)");
  }

  @Test
  void repeatedHeadingsGetNumberedAnchors(@TempDir Path dir) throws IOException {
    Path doc = write(dir, "doc.md", "# Notes\n## Notes\n## What's new?\n");

    assertThat(MarkdownLinks.anchors(doc))
        .containsExactlyInAnyOrder("notes", "notes-1", "whats-new");
  }

  /** README.md, docs/**, and the modules' own READMEs. */
  private static List<Path> documentation() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(ROOT.resolve("README.md"));
    files.add(ROOT.resolve("client-desktop/README.md"));
    files.add(ROOT.resolve("installers/README.md"));
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    assertThat(files).allMatch(Files::isRegularFile);
    return files;
  }

  private static List<String> firstCodeBlock(List<String> lines) {
    int open = firstIndexStartingWith(lines, "```");
    List<String> block = new ArrayList<>();
    for (String line : lines.subList(open + 1, lines.size())) {
      if (line.startsWith("```")) {
        return block;
      }
      if (!line.isBlank()) {
        block.add(line.strip());
      }
    }
    throw new AssertionError("the README's first code block is never closed");
  }

  private static int firstIndexStartingWith(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("no line of the README starts with " + prefix);
  }

  private static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
