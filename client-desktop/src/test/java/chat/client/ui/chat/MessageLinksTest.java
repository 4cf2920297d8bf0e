package chat.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import chat.client.net.MessageLink;
import chat.client.support.LiveRoom;
import chat.client.support.Waits;
import chat.protocol.model.Message;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Copy link" gives a link to the message; the link, pasted, finds the message again. */
class MessageLinksTest {

  @RegisterExtension final LiveRoom live = LiveRoom.aliceAndBob();

  @Test
  void aRowsLinkNamesTheServerTheRoomAndTheMessage() {
    Message hello = bobSays("hello");
    // Not wired to live events: the row comes from the history the room opens with.
    ChatViewModel chat = new ChatViewModel(live.client(), ZoneOffset.UTC);
    chat.open(live.room().roomId(), 0);
    Waits.until(
        "shown",
        () ->
            !chat.linesProperty().get().isEmpty()
                && chat.linesProperty().get().getLast().key().equals(hello.messageId()));

    String link = chat.links().of(chat.linesProperty().get().getLast());

    assertThat(MessageLink.parse(link))
        .isEqualTo(
            new MessageLink(
                live.client().address().hostPort(), live.room().roomId(), hello.messageId()));
    assertThat(chat.links().of(ChatLine.day("Today", 0))).as("a row of no message").isNull();
  }

  @Test
  void aLinkToAMessageNotHeldFindsItInTheRoomsHistoryTheRoomsFirstAndNewestToo() {
    Message first = bobSays("first");
    Message middle = bobSays("middle");
    Message newest = bobSays("newest");
    MessageLinks links = new ChatViewModel(live.client(), ZoneOffset.UTC).links();

    for (Message wanted : new Message[] {first, middle, newest}) {
      assertThat(links.find(linkTo(wanted.messageId()), room -> true).join().messageId())
          .isEqualTo(wanted.messageId());
    }
  }

  @Test
  void aLinkIsRefusedInOneSentenceWhenItIsNoneOrItsRoomOrMessageIsNotThere() {
    MessageLinks links = new ChatViewModel(live.client(), ZoneOffset.UTC).links();
    String here = live.client().address().hostPort();

    assertThat(refusal(links.find("chat://" + here + "/invite/i_abc", room -> true)))
        .isEqualTo("This message link names no room and message: it was cut short or changed.");
    assertThat(refusal(links.find(linkTo("m_abc"), room -> false)))
        .isEqualTo("You are not in the room of this message: join it first.");
    assertThat(
            refusal(
                links.find(
                    "chat://elsewhere:6000/rooms/" + live.room().roomId() + "/messages/m_abc",
                    room -> false)))
        .isEqualTo(
            "This link is to a message on elsewhere:6000, and this app is signed in to "
                + here
                + ".");
    bobSays("something to look around");
    assertThat(refusal(links.find(linkTo("m_nosuchmessage"), room -> true)))
        .isEqualTo("This message is no longer in its room.");
  }

  private String linkTo(String messageId) {
    return MessageLink.to(live.client().address(), live.room().roomId(), messageId).text();
  }

  private static String refusal(CompletableFuture<Message> found) {
    return found.handle((message, failure) -> MessageLinks.refusal(failure)).join();
  }

  private Message bobSays(String content) {
    return live.bob().say(live.room().roomId(), content);
  }
}
