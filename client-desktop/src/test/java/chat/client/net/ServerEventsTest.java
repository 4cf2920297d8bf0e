package chat.client.net;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.model.ModerationAction;
import chat.protocol.model.RoomRole;
import chat.protocol.server.Ack;
import chat.protocol.server.ErrorFrame;
import chat.protocol.server.MemberUpdated;
import chat.protocol.server.ServerFrame;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every frame the server can send means something to the client, chosen type by type. */
class ServerEventsTest {

  private static final Set<Class<?>> ANSWERS = Set.of(Ack.class, ErrorFrame.class);

  @Test
  void everyServerEventTurnsIntoAClientEventAndAnswersIntoNone() throws Exception {
    Class<?>[] frameTypes = ServerFrame.class.getPermittedSubclasses();
    assertThat(frameTypes).hasSizeGreaterThan(ANSWERS.size());
    for (Class<?> type : frameTypes) {
      ServerFrame sample = sampleOf(type);
      if (ANSWERS.contains(type)) {
        assertThat(ServerEvents.of(sample)).as(type.getSimpleName()).isEmpty();
      } else {
        assertThat(ServerEvents.of(sample)).as(type.getSimpleName()).isPresent();
      }
    }
  }

  @Test
  void aKickOrBanOfOurselfTellsTheClientItLeftTheRoomAndOtherChangesDoNot() {
    ClientEvent kicked =
        ServerEvents.of(
                new MemberUpdated("r_1", "u_me", ModerationAction.KICK, null, null, "u_mod"))
            .orElseThrow();
    ClientEvent banned =
        ServerEvents.of(new MemberUpdated("r_1", "u_me", ModerationAction.BAN, null, 9L, "u_mod"))
            .orElseThrow();
    ClientEvent muted =
        ServerEvents.of(
                new MemberUpdated(
                    "r_1", "u_me", ModerationAction.MUTE, RoomRole.MEMBER, 9L, "u_mod"))
            .orElseThrow();

    assertThat(((ClientEvent.MemberChanged) kicked).removes("u_me")).isTrue();
    assertThat(((ClientEvent.MemberChanged) kicked).removes("u_other")).isFalse();
    assertThat(((ClientEvent.MemberChanged) banned).removes("u_me")).isTrue();
    assertThat(((ClientEvent.MemberChanged) muted).removes("u_me")).isFalse();
  }

  @Test
  void noDispatchOverProtocolFramesFallsBackToADefault() throws Exception {
    Path net = Path.of("src/main/java/chat/client/net");
    for (String file : List.of("ServerEvents.java", "SocketLink.java", "Delivery.java")) {
      assertThat(Files.readString(net.resolve(file))).as(file).doesNotContain("default ->");
    }
  }

  /** An instance of the record {@code type} with every component null, false or zero. */
  private static ServerFrame sampleOf(Class<?> type) throws Exception {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] parameterTypes =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    Object[] arguments = Stream.of(parameterTypes).map(ServerEventsTest::blank).toArray();
    return (ServerFrame) type.getDeclaredConstructor(parameterTypes).newInstance(arguments);
  }

  private static Object blank(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == int.class) {
      return 0;
    }
    return null;
  }
}
