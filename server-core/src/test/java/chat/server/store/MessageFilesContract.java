package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Message;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store does with the files of messages: a deletion takes their records and every trace
 * of their names and ids with it; an edit keeps them.
 */
public abstract class MessageFilesContract extends StorageContract {

  private String alice;

  @BeforeEach
  void createRoom() {
    alice = user("alice");
    sharedPrivateRooms(alice, user("bob"), "r1");
  }

  /** Everything the adapter holds, as text a reader of its files or keys could get at. */
  protected abstract String everythingStored();

  private boolean holds(String text) {
    return everythingStored().contains(text);
  }

  private List<Message> history() {
    return storage.messages().newest("r1", 10).messages();
  }

  @Test
  void aDeletedMessagesFilesAreFoundNoMoreAndOtherFilesStay() {
    storage.files().insert(fileIn("f-doomed"));
    storage.files().insert(fileIn("f-kept"));
    Message doomed =
        storage
            .messages()
            .append(
                new NewMessage("r1", alice, "Alice", "see file", "c-file", 5_000)
                    .attaching(List.of("f-doomed")))
            .message();

    storage.messageChanges().delete("r1", doomed.messageId());

    assertThat(storage.files().find("f-doomed")).isEmpty();
    assertThat(storage.files().find("f-kept")).isPresent();
  }

  @Test
  void aDeletedMessagesFilesLeaveNeitherTheirNamesNorTheirIdsAnywhereInTheStore() {
    storage.files().insert(fileIn("f-vanishingfile"));
    Message doomed =
        storage
            .messages()
            .append(
                new NewMessage("r1", alice, "Alice", "", "c-file", 5_000)
                    .attaching(List.of("f-vanishingfile")))
            .message();
    assertThat(holds("f-vanishingfile.txt")).isTrue();

    storage.messageChanges().delete("r1", doomed.messageId());

    assertThat(holds("f-vanishingfile")).isFalse();
  }

  @Test
  void anEditedMessageKeepsItsFiles() {
    storage.files().insert(fileIn("f-kept"));
    Message sent =
        storage
            .messages()
            .append(
                new NewMessage("r1", alice, "Alice", "before", "c-file", 5_000)
                    .attaching(List.of("f-kept")))
            .message();

    ChangeResult edited = storage.messageChanges().edit(sent, "after", Mentions.NONE, 6_000);

    assertThat(edited.message().attachments()).isEqualTo(sent.attachments()).hasSize(1);
    assertThat(history().getFirst().attachments()).isEqualTo(sent.attachments());
  }

  private FileRecord fileIn(String fileId) {
    return new FileRecord(
        fileId, "r1", alice, fileId + ".txt", 3, "text/plain", "a".repeat(64), 5_000, null, null);
  }
}
