package chat.server.store;

import static chat.protocol.model.RoomVisibility.DIRECT;
import static chat.protocol.model.RoomVisibility.PRIVATE;
import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.Base64Url;
import chat.protocol.model.EncryptedContent;
import chat.protocol.model.Message;
import chat.protocol.model.Room;
import chat.protocol.search.SearchTerm;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every store does with end-to-end encrypted rooms and their messages (docs/E2EE.md): keeps
 * the encrypted text as sent, through edits and history, and indexes nothing of it.
 */
public abstract class EncryptedMessagesContract extends AliceAndBobContract {

  /** Encrypted text whose ciphertext is {@code ciphertext} (base64url). */
  protected static EncryptedContent sealed(String ciphertext, int index) {
    return new EncryptedContent(
        1,
        "dev_alice_laptop_01",
        Base64Url.encode(new byte[16]),
        index,
        ciphertext,
        Base64Url.encode(new byte[64]));
  }

  private Message sendEncrypted(String clientMsgId, EncryptedContent text, List<String> files) {
    return storage
        .messages()
        .append(
            new NewMessage("r1", alice, "alice", "", clientMsgId, 5_000)
                .attaching(files)
                .encrypting(text))
        .message();
  }

  @Test
  void anEncryptedRoomIsReadBackEncryptedAndOthersAreNot() {
    Room created =
        storage
            .rooms()
            .create(
                new Room("r-secret", "secret", PRIVATE, alice, 1_000, 0).withEncrypted(true),
                List.of(alice, bob));
    Room direct =
        storage
            .rooms()
            .openDirect(
                "alice|bob",
                new Room("d-secret", "alice, bob", DIRECT, alice, 1_000, 0).withEncrypted(true),
                List.of(alice, bob));

    assertThat(created.encrypted()).isTrue();
    assertThat(storage.rooms().find("r-secret").orElseThrow().encrypted()).isTrue();
    assertThat(direct.encrypted()).isTrue();
    assertThat(storage.rooms().findDirect("alice|bob").orElseThrow().encrypted()).isTrue();
    assertThat(storage.rooms().roomsOf(bob).stream().map(Room::encrypted))
        .containsExactlyInAnyOrder(null, null, true, true);
  }

  @Test
  void anEncryptedMessageIsStoredAndReadBackAsSent() {
    EncryptedContent text = sealed("c2VhbGVk", 0);

    Message sent = sendEncrypted("c1", text, List.of());

    assertThat(sent.content()).isEmpty();
    assertThat(sent.encrypted()).isEqualTo(text);
    assertThat(sent.mentions()).isNull();
    assertThat(storage.messages().newest("r1", 10).messages()).containsExactly(sent);
    assertThat(storage.messages().find(sent.messageId())).contains(sent);
    assertThat(
            storage
                .messages()
                .append(new NewMessage("r1", alice, "alice", "", "c1", 6_000))
                .message())
        .isEqualTo(sent);
  }

  @Test
  void anEditReplacesTheEncryptedTextAndASecondEditOfTheSameTextChangesNothing() {
    Message sent = sendEncrypted("c1", sealed("b2xk", 0), List.of());
    EncryptedContent newer = sealed("bmV3ZXI", 1);

    ChangeResult edited = storage.messageChanges().edit(sent, "", newer, Mentions.NONE, 6_000);
    ChangeResult again =
        storage.messageChanges().edit(edited.message(), "", newer, Mentions.NONE, 7_000);

    assertThat(edited.outcome()).isEqualTo(ChangeResult.Outcome.CHANGED);
    assertThat(edited.message().encrypted()).isEqualTo(newer);
    assertThat(edited.message().content()).isEmpty();
    assertThat(edited.message().editedAt()).isEqualTo(6_000);
    assertThat(again.outcome()).isEqualTo(ChangeResult.Outcome.UNCHANGED);
    assertThat(storage.messages().find(sent.messageId()).orElseThrow().encrypted())
        .isEqualTo(newer);
  }

  @Test
  void aDeletedEncryptedMessageKeepsNoneOfItsText() {
    Message sent = sendEncrypted("c1", sealed("Z29uZQ", 0), List.of());

    storage.messageChanges().delete("r1", sent.messageId());

    Message tombstone = storage.messages().find(sent.messageId()).orElseThrow();
    assertThat(tombstone.deleted()).isTrue();
    assertThat(tombstone.encrypted()).isNull();
    assertThat(tombstone.content()).isEmpty();
  }

  @Test
  void nothingOfAnEncryptedMessageIsIndexedForSearch() {
    storage
        .files()
        .insert(
            new FileRecord(
                "f-report",
                "r1",
                alice,
                "report.txt",
                3,
                "text/plain",
                "a".repeat(64),
                5_000,
                null,
                null));
    Message sent = sendEncrypted("c1", sealed("cmVwb3J0", 0), List.of("f-report"));
    storage.messageChanges().edit(sent, "", sealed("cmVwb3J0Mg", 1), Mentions.NONE, 6_000);

    MessageQuery byFileName =
        new MessageQuery(
            List.of(new SearchTerm(List.of("report"), true)),
            Set.of("r1"),
            Set.of(),
            Long.MIN_VALUE,
            Long.MAX_VALUE,
            null,
            10);
    MessageQuery byKind =
        new MessageQuery(
            List.of(),
            Set.of("r1"),
            Set.of(),
            Long.MIN_VALUE,
            Long.MAX_VALUE,
            null,
            10,
            Set.of(FileKind.FILE));

    assertThat(sent.attachments()).hasSize(1);
    assertThat(storage.search().search(byFileName)).isEmpty();
    assertThat(storage.search().search(byKind)).isEmpty();
  }
}
