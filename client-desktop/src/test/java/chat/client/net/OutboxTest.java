package chat.client.net;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.Base64Url;
import chat.protocol.model.EncryptedContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {

  @TempDir Path dir;

  @Test
  void messagesSurviveReopeningInTheOrderTheyWereTyped() {
    Path file = dir.resolve("outbox.json");
    Outbox outbox = Outbox.open(file);
    Outbox.Entry first = outbox.add("r1", "first", 1);
    Outbox.Entry second = outbox.add("r2", "second", 2);

    Outbox reopened = Outbox.open(file);

    assertThat(reopened.entries()).containsExactly(first, second);
    assertThat(first.clientMsgId()).isNotEqualTo(second.clientMsgId());
  }

  @Test
  void aReplyKeepsItsThreadAcrossReopening() {
    Path file = dir.resolve("outbox.json");
    Outbox outbox = Outbox.open(file);
    Outbox.Entry reply = outbox.add("r1", "me too", "m-root", true, 1);

    Outbox.Entry reopened = Outbox.open(file).entries().getFirst();

    assertThat(reopened).isEqualTo(reply);
    assertThat(reopened.threadId()).isEqualTo("m-root");
    assertThat(reopened.alsoInRoom()).isTrue();
  }

  @Test
  void anEncryptedMessageKeepsItsEncryptedTextAcrossReopening() {
    Path file = dir.resolve("outbox.json");
    EncryptedContent text =
        new EncryptedContent(
            1,
            "alice-desktop-0001",
            Base64Url.encode(new byte[16]),
            3,
            "c2VhbGVk",
            Base64Url.encode(new byte[64]));
    Outbox.Entry sent = Outbox.open(file).add("r1", "", null, false, List.of(), text, 1);

    Outbox.Entry reopened = Outbox.open(file).entries().getFirst();

    assertThat(reopened).isEqualTo(sent);
    assertThat(reopened.encrypted()).isEqualTo(text);
  }

  @Test
  void aMessageKeepsItsFilesUploadedAndStillToUploadAcrossReopening() {
    Path file = dir.resolve("outbox.json");
    Outbox outbox = Outbox.open(file);
    Outbox.Entry sent =
        outbox.add(
            "r1",
            "",
            null,
            false,
            List.of(
                new OutboxFile("/tmp/a.png", "a.png", "f_a"),
                new OutboxFile("/tmp/b.txt", "b.txt", null)),
            null,
            1);

    Outbox.Entry reopened = Outbox.open(file).entries().getFirst();

    assertThat(reopened).isEqualTo(sent);
    assertThat(reopened.uploaded()).isFalse();
    Outbox.Entry done =
        reopened.withFiles(
            List.of(reopened.files().get(0), reopened.files().get(1).withFileId("f_b")));
    assertThat(outbox.replace(done)).isTrue();
    assertThat(Outbox.open(file).entries().getFirst().attachmentIds())
        .containsExactly("f_a", "f_b");
  }

  @Test
  void anOutboxWrittenBeforeThreadsReadsAsPlainMessages() throws Exception {
    Path file = dir.resolve("outbox.json");
    Files.writeString(
        file,
        """
        {"entries":[{"clientMsgId":"c-1","roomId":"r1","content":"hi","createdAt":5}]}""");

    Outbox.Entry entry = Outbox.open(file).entries().getFirst();

    assertThat(entry).isEqualTo(new Outbox.Entry("c-1", "r1", "hi", 5));
    assertThat(entry.threadId()).isNull();
    assertThat(entry.inRoom()).isTrue();
    assertThat(entry.files()).isEmpty();
  }

  @Test
  void anAcknowledgedMessageIsGoneForGood() {
    Path file = dir.resolve("outbox.json");
    Outbox outbox = Outbox.open(file);
    Outbox.Entry sent = outbox.add("r1", "hello", 1);
    Outbox.Entry waiting = outbox.add("r1", "again", 2);

    assertThat(outbox.remove(sent.clientMsgId())).isTrue();
    assertThat(outbox.remove(sent.clientMsgId())).isFalse();

    assertThat(Outbox.open(file).entries()).containsExactly(waiting);
    assertThat(outbox.first()).contains(waiting);
  }

  @Test
  void anUnreadableFileIsSetAsideNotDeleted() throws Exception {
    Path file = dir.resolve("outbox.json");
    Files.writeString(file, "{not json");

    Outbox outbox = Outbox.open(file);

    assertThat(outbox.entries()).isEmpty();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .anyMatch(name -> name.startsWith("outbox.json.unreadable-"));
    }
  }
}
