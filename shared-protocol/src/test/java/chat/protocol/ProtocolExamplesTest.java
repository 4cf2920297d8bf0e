package chat.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import chat.protocol.client.ClientFrame;
import chat.protocol.client.MessageSend;
import chat.protocol.client.ReadCursors;
import chat.protocol.http.AuthResult;
import chat.protocol.http.LimitsInfo;
import chat.protocol.http.ServerInfo;
import chat.protocol.model.ReadCursor;
import chat.protocol.model.User;
import chat.protocol.model.UserStatus;
import chat.protocol.result.MessageResult;
import chat.protocol.result.ReadCursorsResult;
import chat.protocol.server.Ack;
import chat.protocol.server.ErrorFrame;
import chat.protocol.server.ServerFrame;
import chat.protocol.server.UserUpdated;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON examples of PROTOCOL.md, with its {@code …} filled in: they decode and re-encode. */
class ProtocolExamplesTest {

  @Test
  void apiInfoExample() {
    String json =
        """
        {"name":"Office chat","version":"1.0.0","protocol":1,"mode":"embedded","wsUrl":"ws://10.0.0.5:5001/ws",
         "features":["search","presence","typing","receipts","files","reactions","threads"],
         "limits":{"maxContentChars":4000,"maxFrameBytes":65536,"maxFileBytes":26214400}}
        """;

    ServerInfo info = ProtocolJson.decode(json, ServerInfo.class);

    assertThat(info)
        .isEqualTo(
            new ServerInfo(
                "Office chat",
                "1.0.0",
                ServerInfo.PROTOCOL_VERSION,
                "embedded",
                "ws://10.0.0.5:5001/ws",
                List.of(
                    "search", "presence", "typing", "receipts", "files", "reactions", "threads"),
                new LimitsInfo(
                    Limits.MAX_CONTENT_CHARS, Limits.MAX_FRAME_BYTES, Limits.MAX_FILE_BYTES)));
    assertReEncodesTo(info, json);
  }

  @Test
  void errorBodyExample() {
    String json =
        """
        {"error":{"code":"INVALID_INPUT","message":"content must be 1..4000 characters","field":"content"}}
        """;

    ErrorResponse response = ProtocolJson.decode(json, ErrorResponse.class);

    assertThat(response.error())
        .isEqualTo(
            new ErrorBody(
                ErrorCode.INVALID_INPUT, "content must be 1..4000 characters", "content", null));
    assertReEncodesTo(response, json);
  }

  @Test
  void messageSendExample() {
    String json =
        """
        {"type":"message.send","requestId":"r7","roomId":"r_abc","content":"hi","clientMsgId":"c-42"}
        """;

    ClientFrame frame = ProtocolJson.decodeClientFrame(json);

    assertThat(frame).isEqualTo(new MessageSend("r7", "r_abc", "hi", "c-42"));
    assertReEncodesTo(frame, json);
  }

  @Test
  void ackExample() {
    String json =
        """
        {"type":"ack","requestId":"r7","result":{"message":{"messageId":"m_1","roomId":"r_abc",
         "senderId":"u_alice","senderName":"alice","content":"hi","timestamp":1764000000000,
         "type":"text","clientMsgId":"c-42"}}}
        """;

    Ack ack = (Ack) ProtocolJson.decodeServerFrame(json);

    assertThat(ack.requestId()).isEqualTo("r7");
    assertThat(ack.result(MessageResult.class)).isEqualTo(new MessageResult(Samples.TEXT));
    assertReEncodesTo(ack, json);
    assertReEncodesTo(new Ack("r7", new MessageResult(Samples.TEXT)), json);
  }

  @Test
  void readCursorsExample() {
    String request =
        """
        {"type":"read.cursors","requestId":"r9","roomId":"r_1"}
        """;
    String answer =
        """
        {"type":"ack","requestId":"r9","result":{"cursors":[{"userId":"u_bob","messageId":"m_7"},
         {"userId":"u_cy","messageId":"m_5"}]}}
        """;

    ClientFrame frame = ProtocolJson.decodeClientFrame(request);
    Ack ack = (Ack) ProtocolJson.decodeServerFrame(answer);

    assertThat(frame).isEqualTo(new ReadCursors("r9", "r_1"));
    ReadCursorsResult cursors =
        new ReadCursorsResult(
            List.of(new ReadCursor("u_bob", "m_7"), new ReadCursor("u_cy", "m_5")));
    assertThat(ack.result(ReadCursorsResult.class)).isEqualTo(cursors);
    assertReEncodesTo(frame, request);
    assertReEncodesTo(new Ack("r9", cursors), answer);
  }

  @Test
  void userUpdatedExample() {
    String json =
        """
        {"type":"user.updated","user":{"userId":"u_bob","username":"bob","displayName":"Bob Brown",
         "status":"online","lastSeen":1764000000000}}
        """;

    ServerFrame frame = ProtocolJson.decodeServerFrame(json);

    assertThat(frame)
        .isEqualTo(
            new UserUpdated(
                new User("u_bob", "bob", "Bob Brown", UserStatus.ONLINE, 1_764_000_000_000L)));
    assertReEncodesTo(frame, json);
  }

  @Test
  void errorFrameExample() {
    String json =
        """
        {"type":"error","requestId":"r7","error":{"code":"FORBIDDEN","message":"not a member of r_abc"}}
        """;

    ServerFrame frame = ProtocolJson.decodeServerFrame(json);

    assertThat(frame)
        .isEqualTo(
            new ErrorFrame(
                "r7", new ErrorBody(ErrorCode.FORBIDDEN, "not a member of r_abc", null, null)));
    assertReEncodesTo(frame, json);
  }

  @Test
  void authResultExample() {
    String json =
        """
        {"user":{"userId":"u_alice","username":"alice","status":"online","lastSeen":0},
         "accessToken":"at-1","refreshToken":"rt-1","expiresIn":900}
        """;

    AuthResult result = ProtocolJson.decode(json, AuthResult.class);

    assertThat(result)
        .isEqualTo(
            new AuthResult(
                new User("u_alice", "alice", UserStatus.ONLINE, 0), "at-1", "rt-1", 900));
    assertReEncodesTo(result, json);
  }

  private static void assertReEncodesTo(Object value, String json) {
    assertThat(tree(ProtocolJson.encode(value))).isEqualTo(tree(json));
  }

  private static JsonNode tree(String json) {
    try {
      return ProtocolJson.mapper().readTree(json);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
