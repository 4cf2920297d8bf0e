package chat.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.Message;
import chat.protocol.model.MessageType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link MessageStore} must do. */
public abstract class MessageStoreContract extends AliceAndBobContract {

  private MessageStore messages() {
    return storage.messages();
  }

  private AppendResult send(String roomId, String senderId, String clientMsgId, String content) {
    return messages()
        .append(
            new NewMessage(roomId, senderId, "name of " + senderId, content, clientMsgId, 5_000));
  }

  /** Appends "0", "1", ... to r1, from alice; returns the stored messages in order. */
  private List<Message> fill(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> send("r1", alice, "c" + i, String.valueOf(i)).message())
        .toList();
  }

  private static List<String> contents(MessagePage page) {
    return page.messages().stream().map(Message::content).toList();
  }

  private static List<String> numbers(int from, int toExclusive) {
    return IntStream.range(from, toExclusive).mapToObj(String::valueOf).toList();
  }

  @Test
  void appendStoresTheMessageUnderAnIdOfItsOwn() {
    AppendResult result = send("r1", alice, "c1", "hello");

    assertThat(result.created()).isTrue();
    Message message = result.message();
    assertThat(message.messageId()).isNotBlank().isNotEqualTo("c1");
    assertThat(message)
        .isEqualTo(
            Message.text(
                message.messageId(), "r1", alice, "name of " + alice, "hello", 5_000, "c1"));
    assertThat(message.type()).isEqualTo(MessageType.TEXT);
  }

  @Test
  void sendingTwiceWithOneClientMsgIdStoresOnce() {
    Message original = send("r1", alice, "c1", "hello").message();

    AppendResult resent = send("r1", alice, "c1", "hello, resent");

    assertThat(resent.created()).isFalse();
    assertThat(resent.message()).isEqualTo(original);
    assertThat(messages().newest("r1", 10).messages()).containsExactly(original);
  }

  @Test
  void anotherSendersSameClientMsgIdIsADifferentMessage() {
    Message fromAlice = send("r1", alice, "c1", "hi").message();

    AppendResult fromBob = send("r1", bob, "c1", "hi");

    assertThat(fromBob.created()).isTrue();
    assertThat(fromBob.message().messageId()).isNotEqualTo(fromAlice.messageId());
  }

  @Test
  void theSameClientMsgIdInAnotherRoomIsADifferentMessage() {
    Message inOne = send("r1", alice, "c1", "hi").message();

    AppendResult inTwo = send("r2", alice, "c1", "hi");

    assertThat(inTwo.created()).isTrue();
    assertThat(inTwo.message().messageId()).isNotEqualTo(inOne.messageId());
    assertThat(messages().latest("r2")).contains(inTwo.message());
  }

  @Test
  void concurrentSendsWithOneClientMsgIdStoreOnce() throws Exception {
    List<AppendResult> results = concurrently(8, i -> send("r1", alice, "c1", "attempt " + i));

    assertThat(results).extracting(AppendResult::created).containsOnlyOnce(true);
    assertThat(results)
        .extracting(AppendResult::message)
        .containsOnly(results.getFirst().message());
  }

  @Test
  void historyIsInAppendOrderWithIdsUniqueAcrossRooms() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ids.add(send("r1", i % 2 == 0 ? alice : bob, "c" + i, "one " + i).message().messageId());
      ids.add(send("r2", alice, "c" + i, "two " + i).message().messageId());
    }

    assertThat(ids).doesNotHaveDuplicates();
    assertThat(contents(messages().newest("r1", 100)))
        .containsExactlyElementsOf(IntStream.range(0, 30).mapToObj(i -> "one " + i).toList());
  }

  @Test
  void newestPageHoldsTheLatestMessagesOldestFirstAndSaysWhetherOlderOnesExist() {
    fill(120);

    MessagePage newest = messages().newest("r1", 50);

    assertThat(contents(newest)).isEqualTo(numbers(70, 120));
    assertThat(newest.hasMore()).isTrue();
    assertThat(messages().newest("r1", 120).hasMore()).isFalse();
    assertThat(contents(messages().newest("r1", 500))).isEqualTo(numbers(0, 120));
  }

  @Test
  void pagingBackwardsVisitsEveryMessageOnceAndEndsWithoutMore() {
    fill(120);

    MessagePage page = messages().newest("r1", 50);
    List<String> seen = new ArrayList<>(contents(page));
    List<Boolean> hasMore = new ArrayList<>(List.of(page.hasMore()));
    while (page.hasMore()) {
      page = messages().before("r1", page.messages().getFirst().messageId(), 50).orElseThrow();
      seen.addAll(0, contents(page));
      hasMore.add(page.hasMore());
    }

    assertThat(seen).isEqualTo(numbers(0, 120));
    assertThat(hasMore).containsExactly(true, true, false);
    assertThat(contents(page)).isEqualTo(numbers(0, 20));
  }

  @Test
  void pagingForwardsVisitsEveryMessageOnceAndEndsWithoutMore() {
    List<Message> all = fill(120);

    MessagePage page = messages().after("r1", all.getFirst().messageId(), 50).orElseThrow();
    List<String> seen = new ArrayList<>(contents(page));
    List<Boolean> hasMore = new ArrayList<>(List.of(page.hasMore()));
    while (page.hasMore()) {
      page = messages().after("r1", page.messages().getLast().messageId(), 50).orElseThrow();
      seen.addAll(contents(page));
      hasMore.add(page.hasMore());
    }

    assertThat(seen).isEqualTo(numbers(1, 120));
    assertThat(hasMore).containsExactly(true, true, false);
  }

  @Test
  void aPageEndingExactlyAtTheFirstOrLastMessageHasNoMore() {
    List<Message> all = fill(120);

    MessagePage oldest = messages().before("r1", all.get(50).messageId(), 50).orElseThrow();
    MessagePage newest = messages().after("r1", all.get(69).messageId(), 50).orElseThrow();
    MessagePage beyond = messages().after("r1", all.getLast().messageId(), 50).orElseThrow();

    assertThat(contents(oldest)).isEqualTo(numbers(0, 50));
    assertThat(oldest.hasMore()).isFalse();
    assertThat(contents(newest)).isEqualTo(numbers(70, 120));
    assertThat(newest.hasMore()).isFalse();
    assertThat(beyond).isEqualTo(new MessagePage(List.of(), false));
  }

  @Test
  void anUnknownCursorGivesNoPage() {
    fill(3);

    assertThat(messages().before("r1", "m_unknown", 10)).isEmpty();
    assertThat(messages().after("r1", "m_unknown", 10)).isEmpty();
  }

  @Test
  void aCursorFromAnotherRoomGivesNoPage() {
    fill(3);
    String elsewhere = send("r2", alice, "c1", "elsewhere").message().messageId();

    assertThat(messages().before("r1", elsewhere, 10)).isEmpty();
    assertThat(messages().after("r1", elsewhere, 10)).isEmpty();
  }

  @Test
  void findReturnsAMessageOfAnyRoomByItsIdAlone() {
    List<Message> inOne = fill(2);
    Message inTwo = send("r2", alice, "c1", "elsewhere").message();

    assertThat(messages().find(inOne.getFirst().messageId())).contains(inOne.getFirst());
    assertThat(messages().find(inTwo.messageId())).contains(inTwo);
    assertThat(messages().find("m_unknown")).isEmpty();
    assertThat(messages().find("r1/1-1")).isEmpty();
    assertThat(messages().find("/")).isEmpty();
  }

  @Test
  void latestIsTheNewestMessageOfTheRoom() {
    assertThat(messages().latest("r1")).isEmpty();
    assertThat(messages().newest("r1", 10)).isEqualTo(new MessagePage(List.of(), false));

    List<Message> all = fill(3);
    send("r2", alice, "other", "in another room");

    assertThat(messages().latest("r1")).contains(all.getLast());
  }

  @Test
  void messagesTheirOrderAndTheirClientMsgIdsSurviveReopening() {
    List<Message> all = fill(5);

    reopen();

    assertThat(messages().newest("r1", 10).messages()).isEqualTo(all);
    AppendResult resent = send("r1", alice, "c2", "resent after a restart");
    assertThat(resent.created()).isFalse();
    assertThat(resent.message()).isEqualTo(all.get(2));
    assertThat(send("r1", alice, "c5", "5").message()).isNotIn(all);
    assertThat(contents(messages().newest("r1", 10))).isEqualTo(numbers(0, 6));
  }

  @Test
  void eachRoomNumbersItsMessagesFromOneAndAResendGetsTheOriginalsNumber() {
    assertThat(send("r1", alice, "c1", "first").seq()).isEqualTo(1);
    assertThat(send("r2", alice, "c1", "other room").seq()).isEqualTo(1);
    assertThat(send("r1", bob, "c1", "second").seq()).isEqualTo(2);

    AppendResult resent = send("r1", alice, "c1", "first");

    assertThat(resent.created()).isFalse();
    assertThat(resent.seq()).isEqualTo(1);
    assertThat(send("r1", alice, "c2", "third").seq()).isEqualTo(3);
  }

  @Test
  void appendingPublishesNothing() throws InterruptedException {
    BlockingQueue<BusEvent> published = new LinkedBlockingQueue<>();
    storage.events().subscribe(published::add);

    send("r1", alice, "c1", "announced by the service, not the store");

    assertThat(published.poll(300, TimeUnit.MILLISECONDS)).isNull();
  }
}
