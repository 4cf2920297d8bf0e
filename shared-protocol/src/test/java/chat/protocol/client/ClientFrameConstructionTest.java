package chat.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import chat.protocol.ErrorCode;
import chat.protocol.Limits;
import chat.protocol.ProtocolException;
import chat.protocol.Samples;
import chat.protocol.model.RoomVisibility;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The same checks guard a client building a frame as a server decoding one. */
class ClientFrameConstructionTest {

  @Test
  void missingOptionalListsAreEmpty() {
    assertThat(new RoomCreate("r1", "team", RoomVisibility.PUBLIC, null).memberIds()).isEmpty();
    assertThat(new MessageSend("r1", "r_abc", "hi", "c1").attachmentIds()).isEmpty();
  }

  @Test
  void withAttachmentsTheContentMayBeEmptyAndWithoutItMayNot() {
    assertThat(new MessageSend("r1", "r_abc", null, "c1", null, List.of("f_1"), null).content())
        .isEmpty();
    assertThat(new MessageSend("r1", "r_abc", " ", "c1", null, List.of("f_1"), null).content())
        .isEqualTo(" ");
    assertThatThrownBy(() -> new MessageSend("r1", "r_abc", " ", "c1"))
        .hasMessageContaining("content");
  }

  @Test
  void withAttachmentsBlankContentIsStillBoundedByTheContentLimit() {
    String atTheLimit = " ".repeat(Limits.MAX_CONTENT_CHARS);

    assertThat(
            new MessageSend("r1", "r_abc", atTheLimit, "c1", null, List.of("f_1"), null).content())
        .isEqualTo(atTheLimit);
    assertRejected(
        () -> new MessageSend("r1", "r_abc", atTheLimit + " ", "c1", null, List.of("f_1"), null),
        "content");
  }

  @Test
  void anEncryptedMessageCarriesNoContent() {
    assertThat(MessageSend.encrypted("r1", "r_abc", Samples.CIPHERTEXT, "c1", null, null).content())
        .isEmpty();
    assertThat(new MessageEdit("r1", "r_abc", "m_1", null, Samples.CIPHERTEXT).content()).isEmpty();
    assertRejected(
        () ->
            new MessageSend("r1", "r_abc", "in clear", "c1", null, null, null, Samples.CIPHERTEXT),
        "content");
    assertRejected(
        () -> new MessageEdit("r1", "r_abc", "m_1", "in clear", Samples.CIPHERTEXT), "content");
  }

  @Test
  void onlyAPrivateRoomCanBeCreatedEncrypted() {
    assertThat(new RoomCreate("r1", "s", RoomVisibility.PRIVATE, null, true).asksEncryption())
        .isTrue();
    assertThat(new RoomCreate("r1", "s", RoomVisibility.PUBLIC, null, false).asksEncryption())
        .isFalse();
    assertRejected(() -> new RoomCreate("r1", "s", RoomVisibility.PUBLIC, null, true), "encrypted");
  }

  @Test
  void listsAreCopiedSoTheFrameCannotChangeLater() {
    List<String> userIds = new ArrayList<>(List.of("u_bob"));
    PresenceQuery query = new PresenceQuery("r1", userIds);

    userIds.add("u_eve");

    assertThat(query.userIds()).containsExactly("u_bob");
  }

  @Test
  void limitsHaveTheirDefaults() {
    assertThat(new MessageHistory("r1", "r_abc", null, null, null).limitOrDefault())
        .isEqualTo(Limits.HISTORY_DEFAULT_LIMIT);
    assertThat(new ThreadHistory("r1", "r_abc", "m_1", null, null).limitOrDefault())
        .isEqualTo(Limits.HISTORY_DEFAULT_LIMIT);
    assertThat(new MessageSearch("r1", "lunch", null, null, null).limitOrDefault())
        .isEqualTo(Limits.SEARCH_DEFAULT_LIMIT);
    assertThat(new MessageSearch("r1", "lunch", null, null, 100).limitOrDefault()).isEqualTo(100);
  }

  @Test
  void idsLongerThanTheLimitAreRejected() {
    String longId = "x".repeat(Limits.MAX_ID_CHARS + 1);

    assertRejected(() -> new Ping(longId), "requestId");
    assertRejected(() -> new MessageSend("r1", "r_abc", "hi", longId), "clientMsgId");
    assertRejected(() -> new DmOpen("r1", " "), "userId");
    new Ping("x".repeat(Limits.MAX_ID_CHARS));
  }

  @Test
  void roomNamesAreOneTo64Characters() {
    new RoomCreate("r1", "😀".repeat(Limits.MAX_ROOM_NAME_CHARS), RoomVisibility.PUBLIC, null);
    assertRejected(() -> new RoomCreate("r1", "a".repeat(65), RoomVisibility.PUBLIC, null), "name");
    assertRejected(() -> new RoomCreate("r1", null, RoomVisibility.PUBLIC, null), "name");
    assertRejected(() -> new RoomCreate("r1", "team", null, null), "visibility");
  }

  @Test
  void listSizesAreBounded() {
    List<String> thousandAndOne =
        Collections.nCopies(Limits.MAX_ROOM_MEMBERS_ON_CREATE + 1, "u_bob");

    assertRejected(
        () -> new RoomCreate("r1", "team", RoomVisibility.PUBLIC, thousandAndOne), "memberIds");
    assertRejected(() -> new PresenceQuery("r1", thousandAndOne), "userIds");
    assertRejected(() -> new PresenceQuery("r1", null), "userIds");
    assertRejected(
        () ->
            new MessageSend("r1", "r_abc", "hi", "c1", null, Collections.nCopies(11, "f_1"), null),
        "attachmentIds");
  }

  @Test
  void emojiAndQueriesAreBounded() {
    assertRejected(() -> new ReactionAdd("r1", "r_abc", "m_1", " "), "emoji");
    assertRejected(
        () -> new ReactionRemove("r1", "r_abc", "m_1", "a".repeat(Limits.MAX_EMOJI_CHARS + 1)),
        "emoji");
    assertRejected(() -> new MessageSearch("r1", "", null, null, null), "query");
    assertRejected(() -> new MessageSearch("r1", "lunch", null, " ", null), "before");
    assertRejected(
        () -> new RoomDirectory("r1", "q".repeat(Limits.MAX_SEARCH_QUERY_CHARS + 1)), "query");
    new RoomDirectory("r1", "");
  }

  @Test
  void syncCursorsMayBeNullButRoomIdsMayNotBeBlank() {
    assertRejected(() -> new Sync("r1", Map.of(" ", "m_1")), "cursors");
    assertRejected(() -> new Sync("r1", Map.of("r_abc", "")), "cursors");
  }

  @Test
  void authMayComeWithoutARequestIdButNeverWithoutAToken() {
    assertThat(new Auth(null, "t").requestId()).isNull();
    assertRejected(() -> new Auth("r1", " "), "token");
  }

  @Test
  void secretsStayOutOfToString() {
    assertThat(new Auth("r1", "secret-token")).asString().doesNotContain("secret-token");
  }

  private static void assertRejected(Executable construction, String field) {
    ProtocolException e = catchThrowableOfType(ProtocolException.class, construction::execute);
    assertThat(e).as("expected a rejection of " + field).isNotNull();
    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
    assertThat(e.field()).isEqualTo(field);
  }
}
