package chat.client.crypto.store;

import chat.client.crypto.SessionId;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;

/**
 * The key store's JSON: {@code {"v":1,"state":…}}, keys and chain keys as base64, a session id as
 * its text, a time as epoch milliseconds. The version lets a later format read this one, and this
 * one refuse a later one rather than misread it.
 */
final class StateCodec {

  static final int VERSION = 1;

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .addModule(
              new SimpleModule()
                  .addSerializer(
                      SessionId.class, serializer((id, out) -> out.writeString(id.text())))
                  .addDeserializer(
                      SessionId.class, deserializer(in -> SessionId.parse(in.getValueAsString())))
                  .addSerializer(
                      Instant.class, serializer((at, out) -> out.writeNumber(at.toEpochMilli())))
                  .addDeserializer(
                      Instant.class, deserializer(in -> Instant.ofEpochMilli(in.getLongValue()))))
          .build();

  private StateCodec() {}

  static <T> byte[] encode(StoreFile<T> file, T state) {
    ObjectNode document = MAPPER.createObjectNode();
    document.put("v", VERSION);
    document.set("state", MAPPER.valueToTree(state));
    try {
      return MAPPER.writeValueAsBytes(document);
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode the key store's " + file.name(), e);
    }
  }

  static <T> T decode(StoreFile<T> file, byte[] json) throws UnreadableStoreFileException {
    try {
      JsonNode document = MAPPER.readTree(json);
      int version = document.path("v").asInt(-1);
      if (version != VERSION || !document.has("state")) {
        throw new UnreadableStoreFileException(
            "the key store's "
                + file.name()
                + " is not in format "
                + VERSION
                + " (v="
                + version
                + ")");
      }
      return MAPPER.readerFor(file.type()).readValue(document.get("state"));
    } catch (UnreadableStoreFileException e) {
      throw e;
    } catch (IOException | IllegalArgumentException e) {
      throw new UnreadableStoreFileException(
          "the key store's " + file.name() + " opens but does not parse: " + e.getMessage());
    }
  }

  private interface Writer<T> {
    void write(T value, JsonGenerator out) throws IOException;
  }

  private interface Reader<T> {
    T read(JsonParser in) throws IOException;
  }

  private static <T> JsonSerializer<T> serializer(Writer<T> writer) {
    return new JsonSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator out, SerializerProvider provider)
          throws IOException {
        writer.write(value, out);
      }
    };
  }

  private static <T> JsonDeserializer<T> deserializer(Reader<T> reader) {
    return new JsonDeserializer<>() {
      @Override
      public T deserialize(JsonParser in, DeserializationContext context) throws IOException {
        return reader.read(in);
      }
    };
  }
}
