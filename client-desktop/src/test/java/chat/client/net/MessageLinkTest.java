package chat.client.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The link to a message: written, read back, and refused in one sentence when it is not one. */
class MessageLinkTest {

  @Test
  void aLinkNamesTheServerTheRoomAndTheMessageAndReadsBackWhole() {
    MessageLink link =
        MessageLink.to(new ServerAddress("https://10.0.0.5:5000"), "r_abc", "m_x-9_Z");

    assertThat(link.text()).isEqualTo("chat://10.0.0.5:5000/rooms/r_abc/messages/m_x-9_Z");
    assertThat(MessageLink.parse("  " + link.text() + "\n")).isEqualTo(link);
    assertThat(MessageLink.parse("chat://chat.local/rooms/r_abc/messages/m_1"))
        .isEqualTo(new MessageLink("chat.local:5000", "r_abc", "m_1"));
  }

  @Test
  void onlyAChatLinkToARoomsMessageLooksLikeOneAndAnInviteDoesNot() {
    assertThat(MessageLink.looksLikeOne("CHAT://h:1/Rooms/r_a/messages/m_b")).isTrue();
    assertThat(MessageLink.looksLikeOne("chat://h:1/invite/i_abc")).isFalse();
    assertThat(MessageLink.looksLikeOne("https://h:1/rooms/r_a/messages/m_b")).isFalse();
    assertThat(MessageLink.looksLikeOne("chat://h:1")).isFalse();
    assertThat(MessageLink.looksLikeOne(null)).isFalse();
  }

  @Test
  void whatIsNotALinkToAMessageIsRefusedInOneSentence() {
    assertThatThrownBy(() -> MessageLink.parse("https://h:1/rooms/r_a/messages/m_b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "This is not a link to a message: it looks like"
                + " chat://host:port/rooms/ROOM/messages/MESSAGE.");
    assertThatThrownBy(() -> MessageLink.parse("chat://h:1/rooms/r_a/messages/"))
        .hasMessage("This message link names no room and message: it was cut short or changed.");
    assertThatThrownBy(() -> MessageLink.parse("chat://h:1/rooms/r a/messages/m_b"))
        .hasMessage("This is not a link to a message: it looks like it was cut short or changed.");
    assertThatThrownBy(() -> MessageLink.parse("chat://h:1/rooms/r_a/messages/m_b?x=1"))
        .hasMessage("This message link names no room and message: it was cut short or changed.");
  }

  @Test
  void aMessageLinkPastedAsAnInviteSaysWhatItIsAndWhereToOpenIt() {
    assertThatThrownBy(() -> InviteLink.parse("chat://10.0.0.5:5000/rooms/r_a/messages/m_b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "This is a link to a message, not an invite: sign in to 10.0.0.5:5000, then open it"
                + " with Join by link.");
  }
}
