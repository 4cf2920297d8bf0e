package chat.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import chat.protocol.client.MessageSend;
import chat.protocol.http.Credentials;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text that has no faithful UTF-8 form is refused, never repaired: a lone surrogate would be
 * replaced by {@code ?} on its way to a store, and two different clientMsgIds would become one. The
 * JSON below is written with {@code \\u} escapes, as a hostile client would send it.
 */
class MalformedTextTest {

  private static final char LONE_HIGH = (char) 0xD800;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          lone high surrogate in clientMsgId  | {"type":"message.send","requestId":"r7","roomId":"r1","content":"hi","clientMsgId":"c\\ud800"} | clientMsgId
          another one, once the same as it    | {"type":"message.send","requestId":"r7","roomId":"r1","content":"hi","clientMsgId":"c\\udbff"} | clientMsgId
          lone low surrogate in content       | {"type":"message.send","requestId":"r7","roomId":"r1","content":"hi \\udc00","clientMsgId":"c1"} | content
          pair in the wrong order in content  | {"type":"message.send","requestId":"r7","roomId":"r1","content":"\\ude00\\ud83d","clientMsgId":"c1"} | content
          lone surrogate in roomId            | {"type":"message.send","requestId":"r7","roomId":"\\ud800","content":"hi","clientMsgId":"c1"} | roomId
          lone surrogate in a list            | {"type":"presence.query","requestId":"r7","userIds":["u1","\\udfff"]} | userIds
          lone surrogate in a cursor          | {"type":"sync","requestId":"r7","cursors":{"r1":"\\ud800"}} | cursors
          lone surrogate in an unknown field  | {"type":"ping","requestId":"r7","note":"\\ud800"} | note
          """)
  void aLoneSurrogateIsInvalidInputNamingItsField(String description, String json, String field) {
    FrameDecodingException e = rejected(json);

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.getMessage()).isEqualTo(field + " is not well-formed Unicode (a lone surrogate)");
    assertThat(e.requestId()).isEqualTo("r7");
  }

  @Test
  void aSurrogatePairWrittenAsTwoEscapesIsOneCharacterAndAccepted() {
    MessageSend frame =
        (MessageSend)
            ProtocolJson.decodeClientFrame(
                "{\"type\":\"message.send\",\"requestId\":\"r7\",\"roomId\":\"r1\","
                    + "\"content\":\"\\ud83d\\ude00\",\"clientMsgId\":\"c\\ud83d\\ude00\"}");

    assertThat(frame.content()).isEqualTo("😀");
    assertThat(frame.clientMsgId()).isEqualTo("c😀");
  }

  @Test
  void aMalformedRequestIdIsNeverEchoedNotEvenChanged() {
    FrameDecodingException e = rejected("{\"type\":\"ping\",\"requestId\":\"r\\ud800\"}");

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
    assertThat(e.field()).isEqualTo("requestId");
    assertThat(e.requestId()).isNull();
  }

  @Test
  void aMalformedRequestIdIsNotEchoedWhenAnotherFieldIsAlsoWrong() {
    FrameDecodingException e =
        rejected("{\"type\":\"room.join\",\"requestId\":\"r\\udc00\",\"roomId\":5}");

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
    assertThat(e.requestId()).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {"type":"ping","requestId":"r7","\\ud800":1}
          {"type":"sync","requestId":"r7","cursors":{"\\ud800":null}}
          """)
  void aLoneSurrogateInAPropertyNameIsMalformedJson(String json) {
    FrameDecodingException e = rejected(json);

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
    assertThat(e.getMessage()).isEqualTo("malformed JSON");
  }

  @Test
  void recordConstructorsRefuseALoneSurrogateToo() {
    ProtocolException e =
        catchThrowableOfType(
            ProtocolException.class, () -> new MessageSend("r1", "room", "hi", "c" + LONE_HIGH));

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
    assertThat(e.field()).isEqualTo("clientMsgId");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a byte that never starts a character | FF
          a surrogate encoded in UTF-8         | EDA080
          an overlong slash                    | C0AF
          a sequence cut short                 | E282
          """)
  void aBodyOfMalformedUtf8IsInvalidInput(String description, String hex) {
    byte[] body = utf8Body(hex);

    ProtocolException e =
        catchThrowableOfType(
            ProtocolException.class, () -> ProtocolJson.decode(body, Credentials.class));

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
    assertThat(e.getMessage()).isEqualTo("malformed UTF-8");
  }

  @Test
  void aBodyOfWellFormedUtf8IsRead() {
    Credentials credentials = ProtocolJson.decode(utf8Body("C3A9"), Credentials.class);

    assertThat(credentials.username()).isEqualTo("aliceé");
  }

  /** A login body whose username ends in these bytes. */
  private static byte[] utf8Body(String hex) {
    byte[] start = "{\"username\":\"alice".getBytes(StandardCharsets.US_ASCII);
    byte[] end = "\",\"password\":\"correct horse\"}".getBytes(StandardCharsets.US_ASCII);
    byte[] middle = HexFormat.of().parseHex(hex);
    byte[] body = new byte[start.length + middle.length + end.length];
    System.arraycopy(start, 0, body, 0, start.length);
    System.arraycopy(middle, 0, body, start.length, middle.length);
    System.arraycopy(end, 0, body, start.length + middle.length, end.length);
    return body;
  }

  private static FrameDecodingException rejected(String json) {
    return catchThrowableOfType(
        FrameDecodingException.class, () -> ProtocolJson.decodeClientFrame(json));
  }
}
