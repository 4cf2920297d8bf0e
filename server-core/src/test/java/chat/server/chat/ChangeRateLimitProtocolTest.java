package chat.server.chat;

import static chat.server.support.TwoMembers.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import chat.server.support.SocketClient;
import chat.server.support.TestServer;
import chat.server.support.TwoMembers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Changes, and moderators' actions, draw on the send rate limit, with a burst of {@value #BURST}
 * and one permit a second: requests sent together, well within a second, find exactly the burst.
 */
class ChangeRateLimitProtocolTest {

  private static final int BURST = 5;

  @RegisterExtension
  static final TestServer server =
      TestServer.create(
          Map.of("MESSAGE_BURST", Integer.toString(BURST), "MESSAGE_RATE_PER_SECOND", "1"));

  TwoMembers members;
  String alicesMessage;

  @BeforeEach
  void aMessageOfAlicesAndAFullBucket() throws InterruptedException {
    members = TwoMembers.inPrivateRoom(server, "limit", "limits");
    alicesMessage = members.sendForId(members.aliceSocket(), "changed a lot");
    Thread.sleep(1_100); // the permit of that send is back: the bucket is full again, and stays so
  }

  /** Sends every request before reading any answer; the error codes, empty for an ack. */
  private static List<String> together(SocketClient socket, List<Object[]> requests) {
    List<String> ids = new ArrayList<>();
    for (Object[] request : requests) {
      ids.add(socket.send((String) request[0], Arrays.copyOfRange(request, 1, request.length)));
    }
    return ids.stream().map(id -> errorCode(socket.answer(id))).toList();
  }

  /** The requests {@code request} makes of 0 to {@code count - 1}, in that order. */
  private static List<Object[]> requests(int count, IntFunction<Object[]> request) {
    return IntStream.range(0, count).mapToObj(request).toList();
  }

  private Object[] onMessage(String type, String messageId, Object... more) {
    List<Object> fields =
        new ArrayList<>(List.of(type, "roomId", members.roomId(), "messageId", messageId));
    fields.addAll(List.of(more));
    return fields.toArray();
  }

  @Test
  void editsReactionsAndPinsDrawOnTheSendRateLimit() {
    List<Object[]> changes =
        requests(
            3 * BURST,
            i ->
                switch (i % 3) {
                  case 0 -> onMessage("message.edit", alicesMessage, "content", "edit " + i);
                  case 1 ->
                      onMessage(
                          i % 2 == 0 ? "reaction.add" : "reaction.remove",
                          alicesMessage,
                          "emoji",
                          "👍");
                  default -> onMessage(i % 2 == 0 ? "message.pin" : "message.unpin", alicesMessage);
                });

    List<String> codes = together(members.aliceSocket(), changes);

    assertThat(codes.subList(0, BURST)).containsOnly("");
    assertThat(codes.subList(BURST, codes.size())).containsOnly("RATE_LIMITED");
  }

  @Test
  void moderatorActionsDrawOnTheSendRateLimitAndThoseRefusedChangeNothing() {
    // Alice made the room: she owns it. Slow mode on, off, on…: the last accepted one is on.
    List<Object[]> actions =
        requests(
            3 * BURST,
            i ->
                new Object[] {
                  "room.slowmode", "roomId", members.roomId(), "seconds", i % 2 == 0 ? 10 : 0
                });

    List<String> codes = together(members.aliceSocket(), actions);

    assertThat(codes.subList(0, BURST)).containsOnly("");
    assertThat(codes.subList(BURST, codes.size())).containsOnly("RATE_LIMITED");
    assertThat(
            members
                .bobSocket()
                .ok("room.moderation", "roomId", members.roomId())
                .path("slowModeSeconds")
                .asInt())
        .isEqualTo((BURST - 1) % 2 == 0 ? 10 : 0);
  }

  @Test
  void refusedChangesSpendNoPermitOfTheSendRateLimit() {
    List<Object[]> refused =
        requests(
            4 * BURST,
            i ->
                switch (i % 4) {
                  case 0 -> onMessage("message.edit", alicesMessage, "content", "not bob's");
                  case 1 -> onMessage("reaction.add", members.roomId() + "/0-1", "emoji", "👍");
                  case 2 -> onMessage("message.pin", alicesMessage);
                  default ->
                      onMessage("message.edit", members.roomId() + "/0-1", "content", "no such");
                });
    List<Object[]> sends =
        requests(
            BURST,
            i ->
                new Object[] {
                  "message.send",
                  "roomId",
                  members.roomId(),
                  "content",
                  "send " + i,
                  "clientMsgId",
                  "s" + i
                });

    List<String> refusals = together(members.bobSocket(), refused);
    List<String> sent = together(members.bobSocket(), sends);

    assertThat(refusals).doesNotContain("", "RATE_LIMITED");
    assertThat(sent).containsOnly("");
  }
}
