package chat.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import chat.protocol.client.Sync;
import chat.protocol.http.Credentials;
import chat.protocol.http.SessionInfo;
import chat.protocol.model.Message;
import chat.protocol.result.EmptyResult;
import chat.protocol.result.MessageResult;
import chat.protocol.result.MessagesResult;
import chat.protocol.server.Ack;
import chat.protocol.server.ErrorFrame;
import chat.protocol.server.MessageNew;
import chat.protocol.server.TypingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtocolJsonTest {

  @Test
  void frameRecordEncodedDirectlyStartsWithItsType() {
    assertThat(ProtocolJson.encode(new MessageNew(Samples.TEXT)))
        .startsWith("{\"type\":\"message.new\",\"message\":{\"messageId\":\"m_1\"");
    assertThat(ProtocolJson.encode(new TypingEvent("r_abc", "u_bob", false)))
        .isEqualTo(
            "{\"type\":\"typing\",\"roomId\":\"r_abc\",\"userId\":\"u_bob\",\"active\":false}");
  }

  @Test
  void emptyResultIsAnEmptyObject() {
    assertThat(ProtocolJson.encode(EmptyResult.INSTANCE)).isEqualTo("{}");
    assertThat(ProtocolJson.encode(new Ack("r1", EmptyResult.INSTANCE)))
        .isEqualTo("{\"type\":\"ack\",\"requestId\":\"r1\",\"result\":{}}");
  }

  @Test
  void nullPropertiesAreLeftOut() {
    assertThat(ProtocolJson.encode(new ErrorBody(ErrorCode.NOT_FOUND, "no such room", null, null)))
        .isEqualTo("{\"code\":\"NOT_FOUND\",\"message\":\"no such room\"}");
  }

  @Test
  void errorFrameWritesANullRequestId() {
    assertThat(
            ProtocolJson.encode(
                new ErrorFrame(
                    null,
                    new ProtocolException(ErrorCode.INVALID_INPUT, "malformed JSON", null)
                        .errorBody())))
        .isEqualTo(
            "{\"type\":\"error\",\"requestId\":null,"
                + "\"error\":{\"code\":\"INVALID_INPUT\",\"message\":\"malformed JSON\"}}");
  }

  @Test
  void nullSyncCursorIsWrittenAndReadBack() {
    Map<String, String> cursors = new HashMap<>();
    cursors.put("r_new", null);
    Sync sync = new Sync("r1", cursors);

    String json = ProtocolJson.encode(sync);

    assertThat(json).contains("\"cursors\":{\"r_new\":null}");
    assertThat(ProtocolJson.decodeClientFrame(json)).isEqualTo(sync);
  }

  @Test
  void hasMoreIsWrittenEvenWhenFalse() {
    assertThat(ProtocolJson.encode(new MessagesResult(List.of(), false)))
        .isEqualTo("{\"messages\":[],\"hasMore\":false}");
  }

  @Test
  void ackResultIsReadAsATreeAndConvertedOnDemand() {
    Ack ack =
        (Ack)
            ProtocolJson.decodeServerFrame(
                ProtocolJson.encode(new Ack("r11", new MessageResult(Samples.FULL))));

    assertThat(ack.result()).isInstanceOf(JsonNode.class);
    assertThat(ack.result(MessageResult.class)).isEqualTo(new MessageResult(Samples.FULL));
  }

  @Test
  void convertingAResultOfTheWrongShapeIsAProtocolError() {
    Ack ack = new Ack("r1", Map.of("message", Map.of("timestamp", "yesterday")));

    ProtocolException e =
        catchThrowableOfType(ProtocolException.class, () -> ack.result(MessageResult.class));

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
    assertThat(e.field()).isEqualTo("message");
    assertThat(e).hasMessage("message.timestamp must be an integer");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          number for a string      | {'username':1,'password':'secret12'}         | username
          boolean for a string     | {'username':'alice','password':true}         | password
          missing field            | {'username':'alice'}                         | password
          null field               | {'username':null,'password':'secret12'}      | username
          """)
  void httpBodyWithAWrongOrMissingFieldNamesIt(String description, String json, String field) {
    ProtocolException e =
        catchThrowableOfType(
            ProtocolException.class,
            () -> ProtocolJson.decode(json.replace('\'', '"'), Credentials.class));

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
    assertThat(e.field()).isEqualTo(field);
    assertThat(e).isNotInstanceOf(FrameDecodingException.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          string for a long        | {'sessionId':'s','createdAt':'1','lastUsedAt':2,'current':true} | createdAt
          float for a long         | {'sessionId':'s','createdAt':1.5,'lastUsedAt':2,'current':true} | createdAt
          null for a long          | {'sessionId':'s','createdAt':null,'lastUsedAt':2,'current':true} | createdAt
          string for a boolean     | {'sessionId':'s','createdAt':1,'lastUsedAt':2,'current':'true'} | current
          number for a boolean     | {'sessionId':'s','createdAt':1,'lastUsedAt':2,'current':1}      | current
          null for a boolean       | {'sessionId':'s','createdAt':1,'lastUsedAt':2,'current':null}   | current
          """)
  void scalarsAreNeverCoerced(String description, String json, String field) {
    ProtocolException e =
        catchThrowableOfType(
            ProtocolException.class,
            () -> ProtocolJson.decode(json.replace('\'', '"'), SessionInfo.class));

    assertThat(e.field()).isEqualTo(field);
  }

  @Test
  void bodyThatIsNotAnObjectIsInvalidInput() {
    for (String json : List.of("", "null", "[]", "\"alice\"", "{\"username\":")) {
      ProtocolException e =
          catchThrowableOfType(
              ProtocolException.class,
              () -> ProtocolJson.decode(json.getBytes(StandardCharsets.UTF_8), Credentials.class));
      assertThat(e.code()).as(json).isEqualTo(ErrorCode.INVALID_INPUT);
      assertThat(e.field()).as(json).isNull();
    }
  }

  @Test
  void serverFrameDecodingErrorsCarryTheRequestId() {
    FrameDecodingException e =
        catchThrowableOfType(
            FrameDecodingException.class,
            () ->
                ProtocolJson.decodeServerFrame(
                    "{\"type\":\"ack\",\"requestId\":\"r1\",\"result\":{}} {"));
    assertThat(e.requestId()).isNull();

    e =
        catchThrowableOfType(
            FrameDecodingException.class,
            () ->
                ProtocolJson.decodeServerFrame("{\"type\":\"message.send\",\"requestId\":\"r1\"}"));
    assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_TYPE);
    assertThat(e.requestId()).isEqualTo("r1");
  }

  @Test
  void encodingSomethingUnserializableIsABug() {
    assertThatThrownBy(
            () ->
                ProtocolJson.encode(
                    new Object() {
                      @SuppressWarnings("unused")
                      public Object getSelf() {
                        return this;
                      }
                    }))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void messageTextFactoryLeavesOptionalFieldsOut() {
    JsonNode tree =
        ProtocolJson.mapper().valueToTree(Message.text("m", "r", "u", "n", "c", 1, "c1"));

    assertThat(tree.propertyStream().map(Map.Entry::getKey))
        .containsExactly(
            "messageId",
            "roomId",
            "senderId",
            "senderName",
            "content",
            "timestamp",
            "type",
            "clientMsgId");
  }
}
