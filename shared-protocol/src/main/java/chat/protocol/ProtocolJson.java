package chat.protocol;

import chat.protocol.client.ClientFrame;
import chat.protocol.server.ServerFrame;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The one JSON configuration of the protocol, used by every server node and every Java client.
 *
 * <p>Reading is lenient about what it does not know (unknown properties are ignored, so a newer
 * peer can add fields) and strict about what it does: a value of the wrong JSON type is an error,
 * never coerced ({@code "limit":"5"}, {@code "content":5}, {@code "active":"true"} and {@code
 * "limit":5.0} all fail), so clients in other languages learn early that they send the wrong thing.
 * Writing leaves null properties out.
 *
 * <p>Decoding errors come out as {@link ProtocolException}s whose message is fit for the user and
 * whose {@code field} names the top-level JSON property at fault.
 */
public final class ProtocolJson {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          // A frame names its record in "type"; each sealed frame type's permits list is its one
          // list of frame types.
          .addMixIn(ClientFrame.class, NamedByType.class)
          .addMixIn(ServerFrame.class, NamedByType.class)
          .registerSubtypes(ClientFrame.class.getPermittedSubclasses())
          .registerSubtypes(ServerFrame.class.getPermittedSubclasses())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          // ALLOW_COERCION_OF_SCALARS does not cover strings: numbers and booleans would be
          // silently turned into text.
          .withCoercionConfig(
              LogicalType.Textual,
              config ->
                  config
                      .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          // Null properties are left out, null map values are kept: a sync cursor may be null.
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
          .build();

  /** A frame's {@code type} property holds the {@code @JsonTypeName} of its record. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  private interface NamedByType {}

  private ProtocolJson() {}

  /** The shared mapper. Never reconfigure it: {@code copy()} it to change anything. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * The JSON of {@code value}; a frame record carries its {@code type} first even when it is
   * encoded directly rather than through its sealed interface.
   *
   * @throws IllegalArgumentException when the value cannot be serialized (a bug, not bad input)
   */
  public static String encode(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw cannotEncode(value, e);
    }
  }

  /** Like {@link #encode}, as UTF-8 bytes. */
  public static byte[] encodeBytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw cannotEncode(value, e);
    }
  }

  /** A socket frame from a client. */
  public static ClientFrame decodeClientFrame(String json) throws FrameDecodingException {
    return decodeFrame(json, ClientFrame.class);
  }

  /** A socket frame from the server. */
  public static ServerFrame decodeServerFrame(String json) throws FrameDecodingException {
    return decodeFrame(json, ServerFrame.class);
  }

  /**
   * A JSON object body, such as an HTTP request or response. Bytes that are not well-formed UTF-8
   * are refused before parsing: the parser lets some through (an encoded surrogate, an overlong
   * form) as text the bytes never meant.
   */
  public static <T> T decode(byte[] json, Class<T> type) throws ProtocolException {
    requireUtf8(json);
    return bind(readObject(() -> MAPPER.readTree(json)), type);
  }

  /** A JSON object body, such as an HTTP request or response. */
  public static <T> T decode(String json, Class<T> type) throws ProtocolException {
    return bind(readObject(() -> MAPPER.readTree(json)), type);
  }

  /**
   * {@code value} (typically the {@link JsonNode} of an ack's {@code result}) as a {@code type},
   * with the same checks and errors as decoding.
   */
  public static <T> T convert(Object value, Class<T> type) throws ProtocolException {
    try {
      return MAPPER.convertValue(value, type);
    } catch (IllegalArgumentException e) {
      if (e.getCause() instanceof JsonProcessingException cause) {
        throw DecodeErrors.translate(cause);
      }
      throw e;
    }
  }

  private static <T> T decodeFrame(String json, Class<T> type) {
    ObjectNode frame;
    try {
      frame = readObject(() -> MAPPER.readTree(json));
    } catch (ProtocolException e) {
      throw new FrameDecodingException(e, null);
    }
    String requestId = readableRequestId(frame);
    try {
      JsonNode typeId = frame.get("type");
      if (typeId == null || typeId.isNull()) {
        throw Require.invalid("type", "type is required");
      }
      if (!typeId.isTextual()) {
        throw Require.invalid("type", "type must be a string");
      }
      return bind(frame, type);
    } catch (ProtocolException e) {
      throw new FrameDecodingException(e, requestId);
    }
  }

  /**
   * The frame's requestId, to answer even a frame that fails to decode; only a string that could be
   * a valid id is echoed, so an error frame never carries a huge or odd value back, and never one
   * that encoding would change (a lone surrogate): a requestId is echoed exactly or not at all.
   */
  private static String readableRequestId(ObjectNode frame) {
    JsonNode requestId = frame.get("requestId");
    if (requestId == null || !requestId.isTextual()) {
      return null;
    }
    String text = requestId.textValue();
    return Limits.codePointLength(text) <= Limits.MAX_ID_CHARS && Require.isWellFormed(text)
        ? text
        : null;
  }

  private static void requireUtf8(byte[] json) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(json));
    } catch (CharacterCodingException e) {
      throw Require.invalid(null, "malformed UTF-8");
    }
  }

  /**
   * Refuses a lone surrogate in any value of the object, known property or not, naming the
   * top-level property it is in: no such text may reach a store or a peer (see {@link
   * Require#wellFormed}). The parser itself refuses one in a property name as malformed JSON.
   */
  private static void requireWellFormed(ObjectNode object) {
    for (Map.Entry<String, JsonNode> property : object.properties()) {
      if (!isWellFormed(property.getValue())) {
        throw Require.wellFormedFailure(property.getKey());
      }
    }
  }

  private static boolean isWellFormed(JsonNode node) {
    if (node.isTextual()) {
      return Require.isWellFormed(node.textValue());
    }
    for (JsonNode child : node) {
      if (!isWellFormed(child)) {
        return false;
      }
    }
    return true;
  }

  private static ObjectNode readObject(TreeReader reader) {
    JsonNode tree;
    try {
      tree = reader.read();
    } catch (IOException e) {
      throw Require.invalid(null, "malformed JSON");
    }
    if (tree == null || tree.isMissingNode()) {
      throw Require.invalid(null, "malformed JSON");
    }
    if (!tree.isObject()) {
      throw Require.invalid(null, "expected a JSON object");
    }
    return (ObjectNode) tree;
  }

  private static <T> T bind(ObjectNode object, Class<T> type) {
    requireWellFormed(object);
    try {
      return MAPPER.treeToValue(object, type);
    } catch (JsonProcessingException e) {
      throw DecodeErrors.translate(e);
    }
  }

  private static IllegalArgumentException cannotEncode(Object value, Exception cause) {
    String type = value == null ? "null" : value.getClass().getName();
    return new IllegalArgumentException("cannot encode a " + type + " as JSON", cause);
  }

  @FunctionalInterface
  private interface TreeReader {
    JsonNode read() throws IOException;
  }
}
