package chat.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import chat.protocol.client.MessageSend;
import chat.protocol.client.Ping;
import chat.protocol.client.RoomCreate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameDecodingTest {

  private static final String SEND = "{'type':'message.send','requestId':'r7','roomId':'r_abc',";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      nullValues = "-",
      textBlock =
          """
          not json                         | {'type':'ping',                                 | INVALID_INPUT | -        | -
          trailing garbage                 | {'type':'ping','requestId':'r1'} x              | INVALID_INPUT | -        | -
          empty                            |                                                 | INVALID_INPUT | -        | -
          an array                         | [{'type':'ping','requestId':'r1'}]              | INVALID_INPUT | -        | -
          a string                         | 'ping'                                          | INVALID_INPUT | -        | -
          no type                          | {'requestId':'r1'}                              | INVALID_INPUT | type     | r1
          null type                        | {'type':null,'requestId':'r1'}                  | INVALID_INPUT | type     | r1
          numeric type                     | {'type':5,'requestId':'r1'}                     | INVALID_INPUT | type     | r1
          unknown type                     | {'type':'room.explode','requestId':'r1'}        | UNKNOWN_TYPE  | type     | r1
          server type from a client        | {'type':'ack','requestId':'r1','result':{}}     | UNKNOWN_TYPE  | type     | r1
          unknown type, numeric requestId  | {'type':'room.explode','requestId':1}           | UNKNOWN_TYPE  | type     | -
          missing requestId                | {'type':'ping'}                                 | INVALID_INPUT | requestId | -
          blank requestId                  | {'type':'ping','requestId':'  '}                | INVALID_INPUT | requestId | "  "
          numeric requestId                | {'type':'ping','requestId':7}                   | INVALID_INPUT | requestId | -
          number for content               | SEND 'content':5,'clientMsgId':'c1'}            | INVALID_INPUT | content  | r7
          boolean for content              | SEND 'content':true,'clientMsgId':'c1'}         | INVALID_INPUT | content  | r7
          object for content               | SEND 'content':{'text':'hi'},'clientMsgId':'c1'} | INVALID_INPUT | content | r7
          missing content                  | SEND 'clientMsgId':'c1'}                        | INVALID_INPUT | content  | r7
          blank content                    | SEND 'content':'   ','clientMsgId':'c1'}        | INVALID_INPUT | content  | r7
          missing clientMsgId              | SEND 'content':'hi'}                            | INVALID_INPUT | clientMsgId | r7
          number in attachmentIds          | SEND 'content':'hi','clientMsgId':'c1','attachmentIds':[1]} | INVALID_INPUT | attachmentIds | r7
          string for attachmentIds         | SEND 'content':'hi','clientMsgId':'c1','attachmentIds':'f1'} | INVALID_INPUT | attachmentIds | r7
          missing roomId                   | {'type':'room.join','requestId':'r1'}           | INVALID_INPUT | roomId   | r1
          string for limit                 | {'type':'message.history','requestId':'r1','roomId':'x','limit':'5'} | INVALID_INPUT | limit | r1
          float for limit                  | {'type':'message.history','requestId':'r1','roomId':'x','limit':5.0} | INVALID_INPUT | limit | r1
          huge limit                       | {'type':'message.history','requestId':'r1','roomId':'x','limit':99999999999} | INVALID_INPUT | limit | r1
          limit 0                          | {'type':'message.history','requestId':'r1','roomId':'x','limit':0}   | INVALID_INPUT | limit | r1
          limit 101                        | {'type':'message.history','requestId':'r1','roomId':'x','limit':101} | INVALID_INPUT | limit | r1
          search limit 101                 | {'type':'message.search','requestId':'r1','query':'x','limit':101}   | INVALID_INPUT | limit | r1
          number for search before         | {'type':'message.search','requestId':'r1','query':'x','before':7}    | INVALID_INPUT | before | r1
          before and after                 | {'type':'message.history','requestId':'r1','roomId':'x','before':'m1','after':'m2'} | INVALID_INPUT | before | r1
          string for active                | {'type':'typing','requestId':'r1','roomId':'x','active':'true'} | INVALID_INPUT | active | r1
          number for active                | {'type':'typing','requestId':'r1','roomId':'x','active':1}      | INVALID_INPUT | active | r1
          missing active                   | {'type':'typing','requestId':'r1','roomId':'x'}                 | INVALID_INPUT | active | r1
          direct room                      | {'type':'room.create','requestId':'r1','name':'x','visibility':'direct'} | INVALID_INPUT | visibility | r1
          unknown visibility               | {'type':'room.create','requestId':'r1','name':'x','visibility':'secret'} | INVALID_INPUT | visibility | r1
          numeric visibility               | {'type':'room.create','requestId':'r1','name':'x','visibility':0}        | INVALID_INPUT | visibility | r1
          blank room name                  | {'type':'room.create','requestId':'r1','name':' ','visibility':'public'} | INVALID_INPUT | name | r1
          blank member id                  | {'type':'room.create','requestId':'r1','name':'x','visibility':'public','memberIds':['']} | INVALID_INPUT | memberIds | r1
          auth without token               | {'type':'auth'}                                 | INVALID_INPUT | token    | -
          empty presence query             | {'type':'presence.query','requestId':'r1','userIds':[]} | INVALID_INPUT | userIds | r1
          sync without cursors             | {'type':'sync','requestId':'r1'}                | INVALID_INPUT | cursors  | r1
          sync with a numeric cursor       | {'type':'sync','requestId':'r1','cursors':{'r_abc':5}} | INVALID_INPUT | cursors | r1
          mute for no time                 | {'type':'room.mute','requestId':'r1','roomId':'x','userId':'u','durationSeconds':0} | INVALID_INPUT | durationSeconds | r1
          mute without a duration          | {'type':'room.mute','requestId':'r1','roomId':'x','userId':'u'} | INVALID_INPUT | durationSeconds | r1
          mute beyond a year               | {'type':'room.mute','requestId':'r1','roomId':'x','userId':'u','durationSeconds':31622401} | INVALID_INPUT | durationSeconds | r1
          ban for negative time            | {'type':'room.ban','requestId':'r1','roomId':'x','userId':'u','durationSeconds':-5} | INVALID_INPUT | durationSeconds | r1
          ban without a user               | {'type':'room.ban','requestId':'r1','roomId':'x'} | INVALID_INPUT | userId | r1
          negative slow mode               | {'type':'room.slowmode','requestId':'r1','roomId':'x','seconds':-1} | INVALID_INPUT | seconds | r1
          slow mode beyond six hours       | {'type':'room.slowmode','requestId':'r1','roomId':'x','seconds':21601} | INVALID_INPUT | seconds | r1
          role set to owner                | {'type':'room.role','requestId':'r1','roomId':'x','userId':'u','role':'owner'} | INVALID_INPUT | role | r1
          unknown role                     | {'type':'room.role','requestId':'r1','roomId':'x','userId':'u','role':'admin'} | INVALID_INPUT | role | r1
          """)
  void badFrameIsRejectedWithCodeFieldAndRequestId(
      String description, String json, ErrorCode code, String field, String requestId) {
    FrameDecodingException e = rejected(json == null ? "" : json.replace("SEND ", SEND));

    assertThat(e.code()).isEqualTo(code);
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.requestId()).isEqualTo(requestId);
    assertThat(e.getMessage()).isNotBlank();
  }

  @Test
  void malformedJsonSaysSoWithoutARequestId() {
    FrameDecodingException e = rejected("{'type':'ping','requestId':'r1'");

    assertThat(e.getMessage()).isEqualTo("malformed JSON");
    assertThat(e.requestId()).isNull();
  }

  @Test
  void wrongTypedFieldIsNamedInTheMessage() {
    assertThat(rejected(SEND + "'content':5,'clientMsgId':'c1'}").getMessage())
        .isEqualTo("content must be a string");
    assertThat(rejected("{'type':'typing','requestId':'r1','roomId':'x','active':'true'}"))
        .hasMessage("active must be true or false");
    assertThat(rejected("{'type':'message.history','requestId':'r1','roomId':'x','limit':2.5}"))
        .hasMessage("limit must be an integer");
  }

  @Test
  void contentOfMoreThan4000CharactersIsRejected() {
    FrameDecodingException e = rejected(send("a".repeat(Limits.MAX_CONTENT_CHARS + 1)));

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
    assertThat(e.field()).isEqualTo("content");
    assertThat(e.getMessage()).isEqualTo("content must be 1..4000 characters");
    assertThat(e.requestId()).isEqualTo("r7");
  }

  @Test
  void contentIsCountedInCodePointsSo4000EmojiFit() {
    String emoji = "😀".repeat(Limits.MAX_CONTENT_CHARS);
    assertThat(emoji).hasSize(2 * Limits.MAX_CONTENT_CHARS);

    MessageSend frame = (MessageSend) ProtocolJson.decodeClientFrame(send(emoji));

    assertThat(frame.content()).isEqualTo(emoji);
    assertThat(rejected(send(emoji + "😀")).field()).isEqualTo("content");
  }

  @Test
  void contentIsCheckedTrimmedButKeptAsSent() {
    String content = "   " + "a".repeat(Limits.MAX_CONTENT_CHARS) + "\n\n";

    MessageSend frame = (MessageSend) ProtocolJson.decodeClientFrame(send(content));

    assertThat(frame.content()).isEqualTo(content);
  }

  @Test
  void roomNameIsStoredTrimmed() {
    RoomCreate frame =
        (RoomCreate)
            ProtocolJson.decodeClientFrame(
                json(
                    "{'type':'room.create','requestId':'r1','name':'  team  ','visibility':'private'}"));

    assertThat(frame.name()).isEqualTo("team");
  }

  @Test
  void unknownPropertiesAreIgnored() {
    assertThat(ProtocolJson.decodeClientFrame(json("{'type':'ping','requestId':'r1','v':2}")))
        .isEqualTo(new Ping("r1"));
  }

  @Test
  void hugeInputIsNeverEchoed() {
    String huge = "x".repeat(10_000);

    FrameDecodingException unknown = rejected("{'type':'" + huge + "','requestId':'" + huge + "'}");

    assertThat(unknown.code()).isEqualTo(ErrorCode.UNKNOWN_TYPE);
    assertThat(unknown.getMessage()).hasSizeLessThan(100);
    assertThat(unknown.requestId()).as("not a valid id, so not echoed").isNull();
    assertThat(rejected(send(huge + huge)).getMessage()).hasSizeLessThan(100);
  }

  private static String send(String content) {
    return SEND.replace('\'', '"')
        + "\"content\":"
        + ProtocolJson.encode(content)
        + ",\"clientMsgId\":\"c1\"}";
  }

  private static FrameDecodingException rejected(String json) {
    return catchThrowableOfType(
        FrameDecodingException.class, () -> ProtocolJson.decodeClientFrame(json(json)));
  }

  /** JSON written with single quotes, to keep the tables readable. */
  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }
}
